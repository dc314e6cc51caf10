/**
 * Incremental Server-Sent Events parser: feed it text as it arrives, it returns the `data` payload of
 * every complete event. Comment lines (": connected") and other fields are ignored.
 */
export class SseParser {
  private buffer = '';

  push(chunk: string): string[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n');
    const payloads: string[] = [];
    let end = this.buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''));
      if (data.length > 0) payloads.push(data.join('\n'));
      end = this.buffer.indexOf('\n\n');
    }
    return payloads;
  }
}
