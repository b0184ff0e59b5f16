#ifndef QINGDAN_CHILD_PROCESS_H
#define QINGDAN_CHILD_PROCESS_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (both NULL-terminated), its standard input, output and error on the three
/// descriptors, in the caller's process group. On Linux the child is killed (SIGKILL) when the thread that
/// started it ends, so that no child outlives qingdan, even one killed with SIGKILL. Returns 0 and sets `*pid`,
/// or returns the errno of what failed (fork, or exec in the child).
int qingdan_spawn(const char *path, char *const argv[], char *const envp[], int input, int output, int error,
                  pid_t *pid);

/// `pipe2(descriptors, O_CLOEXEC)`, which Swift does not see (it needs _GNU_SOURCE): descriptors no child
/// inherits by accident.
int qingdan_pipe(int descriptors[2]);

#endif
