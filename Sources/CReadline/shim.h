#ifndef STEADY_CREADLINE_SHIM_H
#define STEADY_CREADLINE_SHIM_H
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>
#include <pthread.h>
#include <termios.h>

/* Ctrl-C and window resizes are blocked except while Steady waits at the prompt or runs a
   timer, so that they reach the main thread (where readline waits) and never a helper thread
   started by a library, which readline would not notice until the next key. */
static inline void steady_set_interrupts_blocked(int blocked) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGWINCH);
    pthread_sigmask(blocked ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

/* Readline's globals, set from C so that Swift's strict concurrency checking is not needed. */
static inline void steady_rl_set_name(const char *name) {
    rl_readline_name = name;
}

/* Ctrl-C at the prompt: drop the line being typed and show a fresh prompt. */
static inline void steady_rl_sigint(int signo) {
    (void)signo;
    (void)!write(STDOUT_FILENO, "\n", 1);
    rl_on_new_line();
    rl_replace_line("", 0);
    rl_redisplay();
}

static inline void steady_rl_install_sigint(void) {
    struct sigaction action;
    action.sa_handler = steady_rl_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
}
/* Completion: the whole line so far is one "word", so option labels with spaces complete too. */
static inline void steady_rl_set_completion(rl_compentry_func_t *generator) {
    rl_completion_entry_function = generator;
    rl_completer_word_break_characters = "";
    rl_completion_append_character = '\0';
}

/* Ctrl-C during a timed exercise only sets a flag, read by the exercise loop. */
static volatile sig_atomic_t steady_interrupted = 0;

static inline void steady_flag_sigint(int signo) {
    (void)signo;
    steady_interrupted = 1;
}

static inline void steady_install_flag_sigint(void) {
    struct sigaction action;
    action.sa_handler = steady_flag_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
    steady_interrupted = 0;
}

static inline int steady_take_interrupt(void) {
    int was = steady_interrupted;
    steady_interrupted = 0;
    return was;
}

/* SIGTERM and SIGHUP (the terminal closing) end Steady between turns. They are blocked while a
   turn is answered and saved, so they never cut a save short, and arrive while Steady waits for
   a line (or runs a timer). The handler puts the terminal back as it was at the start and ends
   the process at once with status 128 + the signal; the conversation was saved after the last
   turn and the history after the last line, so nothing is left to write. */
static inline struct termios *steady_saved_termios(void) {
    static struct termios saved;
    return &saved;
}
static volatile sig_atomic_t steady_have_termios = 0;

static inline void steady_end_on_signal(int signo) {
    if (steady_have_termios) tcsetattr(STDIN_FILENO, TCSANOW, steady_saved_termios());
    _exit(128 + signo);
}

static inline void steady_install_end_handlers(void) {
    if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, steady_saved_termios()) == 0) steady_have_termios = 1;
    struct sigaction action;
    action.sa_handler = steady_end_on_signal;
    sigfillset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    /* A full disk under a file-size limit: let the write fail and be reported instead. */
    signal(SIGXFSZ, SIG_IGN);
}

static inline void steady_set_endings_blocked(int blocked) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(blocked ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}
#endif
