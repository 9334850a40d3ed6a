package nl.mantelsim.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text file that must be UTF-8. A file saved in another encoding (Windows-1252 from a spreadsheet,
 * typically: "Gezondheidsenquête") is refused with the line of the first bad byte, instead of the decoder's
 * "Input length = 1" without a file name.
 */
final class Utf8Lines {
    private Utf8Lines() {}

    static List<String> read(Path path, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw InputError.of(displayName, "cannot be read: " + e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') continue;
            if (i == bytes.length && start == bytes.length) break; // no text after the last line break
            int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
            try {
                lines.add(decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start)).toString());
            } catch (CharacterCodingException e) {
                throw new InputError(displayName, lines.size() + 1, null, "not UTF-8 (byte 0x"
                        + String.format("%02X", firstBadByte(bytes, start, end)) + "); save the file as UTF-8");
            }
            start = i + 1;
        }
        return lines;
    }

    private static int firstBadByte(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) if (bytes[i] < 0) return bytes[i] & 0xFF;
        return 0;
    }
}
