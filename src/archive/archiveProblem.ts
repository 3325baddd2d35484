/** Why a line was refused: `group` gathers like reasons in the summary, `message` says exactly what. */
export class ArchiveProblem extends Error {
  constructor(
    readonly group: string,
    message: string,
  ) {
    super(message)
    this.name = 'ArchiveProblem'
  }
}

export const refuse = (group: string, message: string): never => {
  throw new ArchiveProblem(group, message)
}
