package org.socialprescribing.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.socialprescribing.gp.CodeTable;
import org.socialprescribing.gp.GpFormatException;
import org.socialprescribing.model.input.InputLimits;
import picocli.CommandLine.Command;

/** {@code sp gp}: groups the GP record commands and holds what they share (the code tables). Its subcommands are listed in {@link CommandTree}. */
@Command(
        name = "gp",
        mixinStandardHelpOptions = true,
        description = "GP records in: coded-event extracts (CSV) and GP Connect structured records (FHIR STU3) as"
                + " episodes and UK Core R4; the code tables they are read with.")
final class GpCommand {

    private GpCommand() {}

    /**
     * The standard code table with local tables added.
     *
     * @param local the local tables' files, in order
     * @param limits the input limits
     * @return the combined table
     * @throws UsageException if a table cannot be read, breaks the format or conflicts with another
     */
    static CodeTable codes(List<Path> local, InputLimits limits) {
        CodeTable codes = CodeTable.standard();
        for (Path file : local) {
            try (InputStream in = new ByteArrayInputStream(TextFiles.readBytes(file, limits))) {
                codes = codes.plus(CodeTable.read(in, limits));
            } catch (GpFormatException e) {
                throw TextFiles.failed(file, "not a code table", e);
            } catch (IOException e) {
                throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return codes;
    }
}
