import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/io/problem.js';
import { readRankings } from '../../src/io/rankings.js';

async function* chunksOf(content: string | Buffer): AsyncGenerator<Buffer> {
  yield Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
}

const read = (content: string | Buffer) =>
  readRankings({ fileName: 'rankings.csv', chunks: chunksOf(content) }, { encoding: 'auto', delimiter: null });

const messages = async (content: string) => (await read(content)).problems.map(formatProblem);

describe('readRankings', () => {
  it('reads Dutch Excel: BOM, semicolons, CRLF and the Dutch area names', async () => {
    const text =
      '\uFEFFstakeholder;groep;Best Fit;Tijdige levering;Servicekwaliteit;Kandidaatervaring;Juiste kosten;Juiste inspanning\r\n' +
      'Anna;MT;1;2;3;4;5;6\r\n\r\n' +
      'Bram;;2;2;1;4;6;5\r\n';
    const file = await read(text);
    expect(file.problems).toEqual([]);
    expect(file.rows).toBe(2);
    expect(file.stakeholders).toEqual([
      { stakeholder: 'Anna', group: 'MT', ranks: { bestFit: 1, timelyDelivery: 2, serviceQuality: 3, candidateExperience: 4, rightCosts: 5, rightEffort: 6 } },
      { stakeholder: 'Bram', group: null, ranks: { bestFit: 2, timelyDelivery: 2, serviceQuality: 1, candidateExperience: 4, rightCosts: 6, rightEffort: 5 } },
    ]);
  });

  it('accepts the area keys and English names in any case, without a group column', async () => {
    const file = await read('Name,BESTFIT,timely_delivery,Service Quality,candidate-experience,right costs,Right Effort\nAnn,6,5,4,3,2,1\n');
    expect(file.problems).toEqual([]);
    expect(file.stakeholders[0]).toMatchObject({ stakeholder: 'Ann', group: null, ranks: { bestFit: 6, rightEffort: 1 } });
  });

  it('reads a Windows-1252 file with a notice', async () => {
    // é is 0xE9 in Windows-1252 as in Latin-1, and not valid UTF-8 on its own
    const bytes = Buffer.from('naam;Best Fit;Tijdige levering;Servicekwaliteit;Kandidaatervaring;Juiste kosten;Juiste inspanning\r\nJosé;1;2;3;4;5;6\r\n', 'latin1');
    const file = await read(bytes);
    expect(file.stakeholders[0]?.stakeholder).toBe('José');
    expect(file.notices).toEqual(['rankings.csv: not valid UTF-8, read as Windows-1252 (pass --encoding to choose)']);
  });

  it('names a missing area in the language of the other headers', async () => {
    expect(await messages('stakeholder;Best Fit;Tijdige levering;Servicekwaliteit;Kandidaatervaring;Juiste kosten\nAnn;1;2;3;4;5\n')).toEqual([
      'rankings.csv:1: column "Juiste inspanning": missing: every stakeholder ranks all six areas',
    ]);
    expect(await messages('stakeholder,bestFit,timelyDelivery,serviceQuality,candidateExperience,rightEffort\nAnn,1,2,3,4,5\n')).toEqual([
      'rankings.csv:1: column "rightCosts": missing: every stakeholder ranks all six areas',
    ]);
  });

  it('refuses an unknown area header and suggests the nearest name', async () => {
    const header = 'stakeholder;Best Fit;Tijdige levering;Servicekwaliteit;Kandidaatervaring;Juiste kosten;Juiste inspaning;Snelheid';
    expect(await messages(`${header}\nAnn;1;2;3;4;5;6;1\n`)).toEqual([
      'rankings.csv:1: column "Juiste inspaning": not one of the six areas; did you mean "Juiste inspanning"?',
      'rankings.csv:1: column "Snelheid": not one of the six areas',
      'rankings.csv:1: column "Juiste inspanning": missing: every stakeholder ranks all six areas',
    ]);
  });

  it('refuses a file without a stakeholder column, and an area given twice', async () => {
    expect(await messages('who,bestFit,Best Fit,timelyDelivery,serviceQuality,candidateExperience,rightCosts,rightEffort\nA,1,1,2,3,4,5,6\n')).toEqual([
      'rankings.csv:1: column "stakeholder": missing: a column naming each stakeholder is needed',
      'rankings.csv:1: column "who": not one of the six areas',
      'rankings.csv:1: column "Best Fit": the same area as column "bestFit"',
    ]);
  });

  it('lists every bad rank and stakeholder with its line and value', async () => {
    const text = [
      'stakeholder,group,bestFit,timelyDelivery,serviceQuality,candidateExperience,rightCosts,rightEffort',
      'Ann,MT,1,2,3,4,5,7',
      ',HR,1,2,3,4,5,6',
      'Bob,HR,1.5,2,3,0,,6',
      'Ann,HR,1,2,3,4,5,6',
      'Cas,HR,1,2,3,4,5,zes',
      'Dik,HR,1,2,3,4,5,6,7',
    ].join('\n');
    const file = await read(text);
    expect(file.problems.map(formatProblem)).toEqual([
      'rankings.csv:2: column "rightEffort": outside 1–6 (value: "7")',
      'rankings.csv:3: column "stakeholder": no stakeholder name',
      'rankings.csv:4: column "bestFit": not a whole number: ranks are 1 to 6 (value: "1.5")',
      'rankings.csv:4: column "candidateExperience": outside 1–6 (value: "0")',
      'rankings.csv:4: column "rightCosts": no rank',
      'rankings.csv:5: column "stakeholder": the same stakeholder as line 2 (value: "Ann")',
      'rankings.csv:6: column "rightEffort": not a rank: a whole number from 1 to 6 is needed (value: "zes")',
      'rankings.csv:7: 9 fields where the header has 8',
    ]);
    expect(file.rows).toBe(6);
    expect(file.stakeholders).toEqual([]);
  });

  it('refuses a file with a header and no stakeholders', async () => {
    await expect(read('stakeholder,bestFit\n')).rejects.toThrow('rankings.csv has a header but no stakeholders');
  });
});
