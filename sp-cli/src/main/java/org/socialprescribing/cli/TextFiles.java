package org.socialprescribing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.socialprescribing.measures.InvalidDefinitionException;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.measures.star.StarDefinitions;

/** Reading whole text files for the commands that take one document (FHIR resources, star definitions). */
final class TextFiles {

    private TextFiles() {}

    /**
     * Reads a file as strict UTF-8.
     *
     * @param file the file
     * @return its text
     * @throws UsageException if the file cannot be read or is not UTF-8
     */
    static String readUtf8(Path file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text", e);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a licensee's Outcomes Star definition.
     *
     * @param path the definition's JSON file
     * @return the definition
     * @throws UsageException if the file cannot be read or is not a valid definition
     */
    static StarDefinition readStar(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return StarDefinitions.read(in);
        } catch (NoSuchFileException e) {
            throw new UsageException(path + ": no such file", e);
        } catch (IOException e) {
            throw new UsageException(path + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (InvalidDefinitionException e) {
            throw new UsageException(path + ": not a valid star definition: " + e.getMessage(), e);
        }
    }
}
