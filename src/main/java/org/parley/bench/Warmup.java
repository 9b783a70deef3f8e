package org.parley.bench;

/**
 * Untimed passes before the timed ones, for as long as a time span rather than a number of passes: the JIT compiler
 * settles by the work it has seen, and a pass of the baseline does many times a pass of Parley's work, so that the
 * same number of passes would warm one side far more than the other.
 */
record Warmup(double seconds) {
    /** A pass that may be interrupted while it waits on other threads. */
    interface Pass {
        void run() throws InterruptedException;
    }

    /** Runs the pass once (the first run loads the models), then again until the time has gone by. */
    void run(Pass pass) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            pass.run();
        } while (System.nanoTime() - end < 0);
    }
}
