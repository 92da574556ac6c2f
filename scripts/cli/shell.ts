/**
 * A value as the person types it back at the prompt (cmd.exe, PowerShell or a POSIX
 * shell): as it is when it holds only letters, digits and the marks of a path; else in
 * double quotes, so a folder such as D:\Dữ liệu stays one argument.
 */
export const shellWord = (value: string): string => (/^[\p{L}\p{M}\p{N}_.:/\\-]+$/u.test(value) ? value : `"${value}"`);
