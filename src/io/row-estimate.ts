/** The most an estimate makes room for, as a multiple of the rows read so far: a million rows from the first 65,536. */
const MOST_GROWTH = 16;

/**
 * The rows a file holds, told from its size and the rows its first bytes held, so that a table's
 * columns are made about as long as the file needs once, instead of doubling their way there: a
 * million rows took ten doublings of every column, each a copy into fresh memory, and ended up to
 * twice as long as needed.
 */
export class RowEstimate {
  /** Bytes of the file read so far. */
  private read = 0;

  /** @param size the file's size in bytes. */
  constructor(private readonly size: number) {}

  /** The file's chunks as they come, counted. */
  async *counting(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      this.read += chunk.length;
      yield chunk;
    }
  }

  /**
   * The rows to make room for once `rows` rows are read from the bytes read so far: the file's
   * rows at the bytes per row so far, and 1 % more, but at most MOST_GROWTH times `rows` (rows
   * far shorter at the start than later would otherwise ask for columns far too long); null when
   * all of the file is read (a small file is read at once), which leaves nothing to tell the rest from.
   *
   * @example new RowEstimate(1_000_000).rowsFor(20_000) // after 100,000 bytes: 200,000 · 1.01 = 202,000
   */
  rowsFor(rows: number): number | null {
    if (this.read >= this.size || this.read === 0) return null;
    return Math.min(Math.ceil(((rows * this.size) / this.read) * 1.01), rows * MOST_GROWTH);
  }
}
