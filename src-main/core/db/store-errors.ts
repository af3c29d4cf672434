/**
 * A backup or restore that could not be done; `message` is Vietnamese for the administrator. The API
 * turns it into a CONFLICT/VALIDATION error, the CLI prints it.
 */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
