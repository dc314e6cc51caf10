import { describe, expect, it } from 'vitest';
import { parseTsvWords } from '../../../main/core/ocr/tsv.ts';

describe('parseTsvWords', () => {
  it('reads word rows with boxes and confidence, skipping layout rows and blanks', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t1900\t490\t-1\t',
      '5\t1\t1\t1\t1\t1\t90\t92\t300\t60\t96.5\tSurgical',
      '5\t1\t1\t1\t1\t2\t400\t92\t280\t60\t91\tpathology',
      '5\t1\t1\t1\t1\t3\t700\t92\t10\t60\t0\t ',
    ].join('\n');
    expect(parseTsvWords(tsv)).toEqual([
      { text: 'Surgical', confidence: 96.5, bbox: { x0: 90, y0: 92, x1: 390, y1: 152 } },
      { text: 'pathology', confidence: 91, bbox: { x0: 400, y0: 92, x1: 680, y1: 152 } },
    ]);
  });
});
