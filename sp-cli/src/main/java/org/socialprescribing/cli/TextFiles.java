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
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.input.BoundedInput;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;

/**
 * Reading whole documents for the commands that take one (FHIR resources, SDK episodes, star definitions), under the
 * input limits: a file is read no further than the byte limit allows, so {@code /dev/zero} or a 100 MB file costs
 * no more than the limit before it is refused. Every failure is a one-line {@link UsageException} naming the file.
 */
final class TextFiles {

    private TextFiles() {}

    /**
     * Reads a file as strict UTF-8.
     *
     * @param file the file
     * @param limits the input limits (the byte limit applies)
     * @return its text
     * @throws UsageException if the file cannot be read, is larger than the byte limit or is not UTF-8
     */
    static String readUtf8(Path file, InputLimits limits) {
        try {
            return utf8(readBytes(file, limits));
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text", e);
        }
    }

    /**
     * Decodes bytes as strict UTF-8: a malformed sequence is an error, never a replacement character.
     *
     * @param bytes the bytes
     * @return the text
     * @throws CharacterCodingException if the bytes are not UTF-8
     */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /**
     * Reads a file's bytes, no further than the byte limit allows.
     *
     * @param file the file
     * @param limits the input limits (the byte limit applies)
     * @return its bytes
     * @throws UsageException if the file cannot be read or is larger than the byte limit
     */
    static byte[] readBytes(Path file, InputLimits limits) {
        if (Files.isDirectory(file)) {
            throw new UsageException(file + ": is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return BoundedInput.readAllBytes(in, limits);
        } catch (InputLimitException e) {
            throw overLimit(file, e);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + Destination.reason(e) + ")", e);
        }
    }

    /**
     * A broken input limit as a usage error naming the file and how to raise the limit.
     *
     * @param source the file or stream
     * @param e the limit broken
     * @return the error
     */
    static UsageException overLimit(Object source, InputLimitException e) {
        String where = e.field().equals("input") ? "" : " at " + e.field();
        return new UsageException(
                source + where + ": " + e.rule() + "; to accept it, raise the limit with --limit "
                        + e.limit().key() + "=N",
                e);
    }

    /**
     * A failure of an SDK reader as a usage error naming the file; a broken input limit also says how to raise it.
     *
     * @param source the file or stream
     * @param what what the file should have been, e.g. {@code not an SDK episode}, or empty
     * @param e the reader's exception
     * @return the error
     */
    static UsageException failed(Object source, String what, SpException e) {
        String message = source + ": " + (what.isEmpty() ? "" : what + ": ") + e.getMessage();
        return new UsageException(
                message
                        + InputLimitException.find(e)
                                .map(limit -> "; to accept it, raise the limit with --limit "
                                        + limit.limit().key() + "=N")
                                .orElse(""),
                e);
    }

    /**
     * Reads a licensee's Outcomes Star definition.
     *
     * @param path the definition's JSON file
     * @param limits the input limits
     * @return the definition
     * @throws UsageException if the file cannot be read or is not a valid definition
     */
    static StarDefinition readStar(Path path, InputLimits limits) {
        if (Files.isDirectory(path)) {
            throw new UsageException(path + ": is a folder, not a star definition");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return StarDefinitions.read(in, limits);
        } catch (NoSuchFileException e) {
            throw new UsageException(path + ": no such file", e);
        } catch (IOException e) {
            throw new UsageException(path + ": cannot be read (" + Destination.reason(e) + ")", e);
        } catch (InvalidDefinitionException e) {
            throw new UsageException(path + ": not a valid star definition: " + e.getMessage(), e);
        }
    }
}
