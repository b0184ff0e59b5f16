#define _GNU_SOURCE
#include "child_process.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

/// Makes `source` the child's descriptor `target`, open across exec.
static int place(int source, int target) {
  if (source == target) {
    int flags = fcntl(target, F_GETFD);
    return flags < 0 ? -1 : fcntl(target, F_SETFD, flags & ~FD_CLOEXEC);
  }
  return dup2(source, target) < 0 ? -1 : 0;
}

// Between fork and exec the child calls only async-signal-safe functions: qingdan has many threads, and a lock
// one of them held at the fork stays held for ever in the child.
int qingdan_spawn(const char *path, char *const argv[], char *const envp[], int input, int output, int error,
                  pid_t *pid) {
  int report[2];
  if (pipe2(report, O_CLOEXEC) != 0) return errno;
  pid_t parent = getpid();
  // No signal handler of qingdan may run in the child: block everything until the handlers are reset.
  sigset_t all, previous;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &previous);
  pid_t child = fork();
  if (child == 0) {
#ifdef __linux__
    // The parent may have died before the prctl: then the child is already orphaned and must not run.
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent) _exit(127);
#endif
    for (int signal = 1; signal < NSIG; signal++) {
      struct sigaction action;
      if (sigaction(signal, NULL, &action) != 0) continue;
      // Handled signals and those qingdan ignores for itself go back to their defaults; signals the user had
      // qingdan started with ignored (nohup) stay ignored.
      if ((action.sa_handler != SIG_IGN && action.sa_handler != SIG_DFL) || signal == SIGPIPE || signal == SIGXFSZ) {
        action.sa_handler = SIG_DFL;
        action.sa_flags = 0;
        sigemptyset(&action.sa_mask);
        sigaction(signal, &action, NULL);
      }
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (place(input, 0) == 0 && place(output, 1) == 0 && place(error, 2) == 0) execve(path, argv, envp);
    int failure = errno;
    ssize_t ignored = write(report[1], &failure, sizeof failure);
    (void)ignored;
    _exit(127);
  }
  int forkFailure = errno;
  pthread_sigmask(SIG_SETMASK, &previous, NULL);
  close(report[1]);
  if (child < 0) {
    close(report[0]);
    return forkFailure;
  }
  int failure = 0;
  ssize_t count;
  do {
    count = read(report[0], &failure, sizeof failure);
  } while (count < 0 && errno == EINTR);
  close(report[0]);
  if (count == sizeof failure) {
    while (waitpid(child, NULL, 0) < 0 && errno == EINTR) {
    }
    return failure;
  }
  *pid = child;
  return 0;
}

int qingdan_pipe(int descriptors[2]) { return pipe2(descriptors, O_CLOEXEC); }
