/** Thrown for problems the user must fix (a path, an option, a full disk); printed without a stack, exit code 2. */
export class UserError extends Error {}
