package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show how an input is read: title, date and its evidence, outlet, agency, and the kept and dropped blocks.")
public class InspectCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
