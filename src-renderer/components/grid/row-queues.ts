/**
 * Runs each row's writes one after another: a create still in flight must finish (and give its id)
 * before the next cell of that row is saved, or the row would be created twice. Rows do not wait
 * for each other.
 */
export class RowQueues {
  private readonly queues = new Map<string, Promise<unknown>>();

  run<T>(rowKey: string, work: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(rowKey) ?? Promise.resolve();
    const next = prev.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(rowKey, settled);
    void settled.then(() => {
      if (this.queues.get(rowKey) === settled) this.queues.delete(rowKey);
    });
    return next;
  }
}
