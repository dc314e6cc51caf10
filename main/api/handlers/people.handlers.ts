import { addPerson, archivePerson, listPeople, updatePerson } from '../../core/people/people.service.ts';
import type { HandlerMap } from '../router.ts';

export const peopleHandlers: Pick<
  HandlerMap,
  'people:list' | 'people:add' | 'people:update' | 'people:archive'
> = {
  'people:list': ({ includeArchived }, ctx) => listPeople(ctx.session(), includeArchived ?? false),
  'people:add': (input, ctx) => addPerson(ctx.session(), input),
  'people:update': ({ id, ...input }, ctx) => updatePerson(ctx.session(), id, input),
  'people:archive': ({ id, archived }, ctx) => archivePerson(ctx.session(), id, archived),
};
