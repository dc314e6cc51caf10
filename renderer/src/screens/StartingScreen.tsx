import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { BinderIcon } from '../ui/icons.tsx';
import { Notice } from '../ui/Notice.tsx';

export interface StartingScreenProps {
  /** Why CareBinder could not start, in plain words; absent while it is still starting. */
  failure?: string;
  onRetry?: () => void;
}

/** Shown for the moment it takes to ask the vault's state, or when that failed. */
export function StartingScreen({ failure, onRetry }: StartingScreenProps) {
  return (
    <div className="page page--narrow page--center">
      <Card className="unlocking" aria-labelledby="starting-title">
        <BinderIcon className="unlocking__icon" />
        <h1 id="starting-title">{failure ? 'CareBinder could not start' : 'Opening CareBinder…'}</h1>
        {failure ? (
          <>
            <Notice tone="error">{failure}</Notice>
            {onRetry && (
              <div className="form__actions">
                <Button variant="primary" onClick={onRetry}>
                  Try again
                </Button>
              </div>
            )}
          </>
        ) : (
          <p role="status">One moment.</p>
        )}
      </Card>
    </div>
  );
}
