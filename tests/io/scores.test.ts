import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/io/problem.js';
import { readScores } from '../../src/io/scores.js';

async function* chunksOf(content: string): AsyncGenerator<Buffer> {
  yield Buffer.from(content, 'utf8');
}

const read = (content: string, decimal: ',' | '.' = ',') =>
  readScores({ fileName: 'scores.csv', chunks: chunksOf(content) }, { encoding: 'auto', delimiter: null, decimal, currency: 'EUR', satisfaction: { min: 1, max: 10 } });

describe('readScores', () => {
  it('reads an actual per area by key or name, with a decimal comma, ignoring other columns', async () => {
    const file = await read('\uFEFFgebied;waarde;toelichting\r\nKandidaatervaring;7,4;enquête Q3\r\nrightCosts;€ 3.950,00;\r\n');
    expect(file.problems).toEqual([]);
    expect(file.scores).toEqual({ candidateExperience: 7.4, rightCosts: 3950 });
  });

  it('reads an ambiguous number by the decimal mark of the run', async () => {
    // 3.950 is 3950 with a decimal comma and 3.95 with a decimal point
    expect((await read('area,actual\nrightCosts,3.950\n', ',')).scores).toEqual({ rightCosts: 3950 });
    expect((await read('area,actual\nrightCosts,3.950\n', '.')).scores).toEqual({ rightCosts: 3.95 });
  });

  it('lists an unknown or repeated area and an actual that is not a number', async () => {
    const file = await read('area,actual\nKandidaatervaring,7.4\nkandidaat ervaring,8\nServicekwaliteid,x\nbestFit,-1\nrightEffort,\nrightCosts,USD 4000\n');
    expect(file.problems.map(formatProblem)).toEqual([
      'scores.csv:3: column "area": the same area as line 2 (value: "kandidaat ervaring")',
      'scores.csv:4: column "area": not one of the six areas; did you mean "Servicekwaliteit"? (value: "Servicekwaliteid")',
      'scores.csv:4: column "actual": not a number (value: "x")',
      'scores.csv:5: column "actual": negative: an actual value is 0 or more (value: "-1")',
      'scores.csv:6: column "actual": no actual value',
      'scores.csv:7: column "actual": an amount in USD, but this run is in EUR (rkpi does not convert currencies) (value: "USD 4000")',
    ]);
    expect(file.scores).toEqual({ candidateExperience: 7.4 });
  });

  it('checks each actual on the scale of its area: shares 0..1, satisfaction on its scale', async () => {
    const file = await read('area,actual\nbestFit,80\ntimelyDelivery,250\ncandidateExperience,70\nserviceQuality,0.5\nrightEffort,12\n', '.');
    expect(file.problems.map(formatProblem)).toEqual([
      'scores.csv:2: column "actual": more than 1: a share from 0 to 1 (0.8, not 80) (value: "80")',
      'scores.csv:3: column "actual": more than 1: a share from 0 to 1 (value: "250")',
      'scores.csv:4: column "actual": outside the satisfaction scale 1–10 (scales.satisfaction in the config) (value: "70")',
      'scores.csv:5: column "actual": outside the satisfaction scale 1–10 (scales.satisfaction in the config) (value: "0.5")',
    ]);
    expect(file.scores).toEqual({ rightEffort: 12 });
  });

  it('needs the columns area and actual', async () => {
    expect((await read('gebied,opmerking\nbestFit,goed\n')).problems.map(formatProblem)).toEqual([
      'scores.csv:1: column "actual": missing: a scores file has the columns area and actual',
    ]);
  });
});
