package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A command over an existing store: its --store option and the command line around it. */
abstract class StoreCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    CommandContext context;
}
