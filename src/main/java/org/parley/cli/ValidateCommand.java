package org.parley.cli;

import java.io.PrintWriter;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.parley.store.StoreValidation;
import picocli.CommandLine.Command;

@Command(name = "validate", description = {"Check the whole store against the SHACL shapes of the ontology.",
        "Prints the results grouped by shape, path and constraint; the exit code is 1 if there are violations."})
class ValidateCommand extends StoreCommand {
    @Override
    public Integer call() {
        Shapes shapes = StoreValidation.standardShapes();
        ValidationReport report = store.read(opened -> StoreValidation.validate(opened, shapes), context);
        PrintWriter out = context.out();
        out.print(StoreValidation.format(report, shapes));
        out.flush();
        return StoreValidation.violations(report) == 0 ? 0 : 1;
    }
}
