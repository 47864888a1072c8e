import type { FsError } from '../types';

/** The C library's wording of each filesystem error, as tools print it after the path. */
export const FS_ERROR_TEXT: Readonly<Record<FsError, string>> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EACCES: 'Permission denied',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
};
