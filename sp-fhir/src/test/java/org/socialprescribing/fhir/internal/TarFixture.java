package org.socialprescribing.fhir.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes small tar archives for tests, straight from the POSIX ustar layout (an independent writer, so the reader
 * is not checked against itself). Long names are written as GNU long-name entries or PAX headers.
 */
final class TarFixture {

    enum LongNames {
        GNU,
        PAX
    }

    private TarFixture() {}

    static Path writeTgz(Path file, Map<String, byte[]> entries, LongNames longNames) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(tar(entries, longNames));
        }
        return file;
    }

    static byte[] tar(Map<String, byte[]> entries, LongNames longNames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            if (name.length() > 100) {
                if (longNames == LongNames.GNU) {
                    byte[] longName = (name + "\0").getBytes(UTF_8);
                    writeEntry(out, "././@LongLink", 'L', longName);
                } else {
                    String record = " path=" + name + "\n";
                    int length = record.length() + 1;
                    length = (length + Integer.toString(length).length());
                    byte[] pax = (length + record).getBytes(UTF_8);
                    writeEntry(out, "PaxHeader/x", 'x', pax);
                }
                name = name.substring(0, 100);
            }
            writeEntry(out, name, '0', entry.getValue());
        }
        out.write(new byte[1024]);
        return out.toByteArray();
    }

    static void writeEntry(ByteArrayOutputStream out, String name, char type, byte[] content) throws IOException {
        out.write(header(name, type, content.length));
        out.write(content);
        out.write(new byte[(512 - content.length % 512) % 512]);
    }

    static byte[] header(String name, char type, long size) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644\0");
        put(header, 108, "0000000\0");
        put(header, 116, "0000000\0");
        put(header, 124, String.format("%011o\0", size));
        put(header, 136, "00000000000\0");
        header[156] = (byte) type;
        put(header, 257, "ustar\0");
        put(header, 263, "00");
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xFF;
        }
        put(header, 148, String.format("%06o\0 ", sum));
        return header;
    }

    private static void put(byte[] header, int offset, String value) {
        byte[] bytes = value.getBytes(UTF_8);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
