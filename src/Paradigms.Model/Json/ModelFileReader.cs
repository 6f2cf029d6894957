using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Security;
using System.Text;
using System.Text.Unicode;

namespace Paradigms.Model.Json;

/// <summary>
/// Reads a model file that may be wrong and reports everything wrong with it, each finding at the
/// line and column of the JSON value concerned: every rule the model breaks (the rule table's ids,
/// severities and messages, as <see cref="ModelValidator"/> reports them) and every input error
/// (<see cref="InputErrorIds"/>). This is what <c>paradigms check</c> runs.
/// </summary>
/// <remarks>
/// <para>
/// It never throws for what a file holds: empty, binary, malformed, too large or wrong files are
/// findings. Only a null argument throws. A file that cannot be opened (missing, a directory, no
/// permission) is an input error too, <see cref="InputErrorIds.Unreadable"/>.
/// </para>
/// <para>
/// The input is at most <see cref="MaximumBytes"/> bytes of UTF-8 JSON (a byte order mark is
/// allowed and skipped); a larger file is refused before it is read, so a 50 MB file costs no
/// memory. A syntax error ends the reading at that point, with one finding; otherwise every
/// finding of the file is reported, not only the first.
/// </para>
/// <para>Thread-safe: it keeps no state between calls.</para>
/// </remarks>
public static class ModelFileReader
{
    /// <summary>The largest input read, 4 MiB (4,194,304 bytes). A deployment takes about half a kilobyte, so a file this size holds thousands.</summary>
    public const int MaximumBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and checks a model file from disk.</summary>
    /// <param name="path">The file's path; it names the file in the findings as given.</param>
    /// <returns>The findings and, when there is no error, the model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ModelFileResult ReadFile(string path)
    {
        Preconditions.NotNull(path, nameof(path));
        var bag = new DiagnosticBag(path);
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > MaximumBytes)
            {
                return TooLarge(bag, stream.Length.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
            }

            // A stream that cannot seek (a pipe) is read up to one byte past the limit.
            var buffer = new byte[(stream.CanSeek ? (int)stream.Length : MaximumBytes) + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            if (length > MaximumBytes)
            {
                return TooLarge(bag, "more than " + MaximumBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
            }

            bytes = buffer.AsSpan(0, length).ToArray();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            bag.Input(InputErrorIds.Unreadable, "$", 1, 1, 0, "The file cannot be opened: " + error.Message);
            return new ModelFileResult(path, bag.ToImmutable(), null);
        }

        return Read(bytes, bag);
    }

    /// <summary>Reads and checks model-file text.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="fileName">The name to give the file in the findings, or null for none.</param>
    /// <returns>The findings and, when there is no error, the model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ModelFileResult ReadText(string text, string? fileName = null)
    {
        var bag = new DiagnosticBag(fileName);
        return ToUtf8(Preconditions.NotNull(text, nameof(text)), bag) is { } bytes ? Read(bytes, bag) : new ModelFileResult(fileName, bag.ToImmutable(), null);
    }

    /// <summary>Reads and checks model-file bytes, UTF-8 encoded.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="fileName">The name to give the file in the findings, or null for none.</param>
    /// <returns>The findings and, when there is no error, the model.</returns>
    public static ModelFileResult ReadUtf8(ReadOnlySpan<byte> utf8Json, string? fileName = null)
    {
        var bag = new DiagnosticBag(fileName);
        return utf8Json.Length > MaximumBytes
            ? TooLarge(bag, utf8Json.Length.ToString("N0", CultureInfo.InvariantCulture) + " bytes")
            : Read(utf8Json.ToArray(), bag);
    }

    /// <summary>Reads the whole input with <paramref name="bind"/>, after the checks of the text every input gets.</summary>
    internal static T? Read<T>(string text, DiagnosticBag bag, Func<ModelBinder, LocatedJson, T?> bind)
        where T : class =>
        ToUtf8(text, bag) is { } bytes && Root(bytes, bag) is { } root ? bind(new ModelBinder(bag), root) : null;

    private static ModelFileResult Read(byte[] bytes, DiagnosticBag bag)
    {
        var model = Root(bytes, bag) is { } root ? new ModelBinder(bag).ModelFile(root) : null;
        return new ModelFileResult(bag.File, bag.ToImmutable(), model);
    }

    /// <summary>Checks that the bytes are UTF-8 JSON text that is not blank, and reads its tree; or reports why not.</summary>
    private static LocatedJson? Root(byte[] bytes, DiagnosticBag bag)
    {
        ReadOnlySpan<byte> byteOrderMark = [0xEF, 0xBB, 0xBF];
        if (bytes.AsSpan().StartsWith(byteOrderMark))
        {
            bytes = bytes[byteOrderMark.Length..];
        }

        var lines = new LineMap(bytes);
        if (!IsText(bytes, lines, bag))
        {
            return null;
        }

        bag.Lines = lines;
        if (bytes.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            bag.Input(InputErrorIds.Unreadable, "$", 1, 1, 0, "The file is empty; a model file is a JSON object such as { \"deployments\": [ … ] }.");
            return null;
        }

        return LocatedJsonReader.Read(bytes, lines, bag);
    }

    /// <summary>Whether the bytes are UTF-8 text with no NUL; else reports the first byte that is not.</summary>
    private static bool IsText(byte[] bytes, LineMap lines, DiagnosticBag bag)
    {
        var nul = bytes.AsSpan().IndexOf((byte)0);
        var invalid = Utf8.IsValid(bytes) ? -1 : FirstInvalidUtf8(bytes);
        if (nul < 0 && invalid < 0)
        {
            return true;
        }

        var at = nul < 0 ? invalid : invalid < 0 ? nul : Math.Min(nul, invalid);
        var (line, column) = lines.Locate(at);
        var where = string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");
        var message = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]
            ? "The file is UTF-16 text (it starts with a UTF-16 byte order mark); allowed: JSON text in UTF-8."
            : at == nul
                ? $"The file holds binary content (a NUL byte at {where}); allowed: JSON text in UTF-8."
                : string.Create(CultureInfo.InvariantCulture, $"The file is not UTF-8 text (byte 0x{bytes[at]:X2} at {where} is not valid UTF-8; is it binary?); allowed: JSON text in UTF-8.");
        bag.Input(InputErrorIds.Unreadable, "$", line, column, 0, message);
        return false;
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(at), out _, out var consumed) != OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return -1;
    }

    /// <summary>Encodes the text as UTF-8, or reports it too large or holding a character UTF-8 cannot hold (an unpaired surrogate).</summary>
    private static byte[]? ToUtf8(string text, DiagnosticBag bag)
    {
        if (Utf16Text.FirstUnpairedSurrogate(text) is var unpaired && unpaired >= 0)
        {
            var line = 1 + text.AsSpan(0, unpaired).Count('\n');
            var lineStart = unpaired == 0 ? 0 : text.LastIndexOf('\n', unpaired - 1) + 1;
            // Columns do not count a byte order mark, in text as in bytes.
            var column = 1 + unpaired - lineStart - (line == 1 && text.StartsWith('\uFEFF') ? 1 : 0);
            bag.Input(
                InputErrorIds.Unreadable,
                "$",
                line,
                column,
                0,
                string.Create(CultureInfo.InvariantCulture, $"The text holds an unpaired UTF-16 surrogate (U+{(int)text[unpaired]:X4}) at line {line}, column {column}, which UTF-8 cannot encode; allowed: text of whole characters."));
            return null;
        }

        var count = StrictUtf8.GetByteCount(text);
        if (count > MaximumBytes)
        {
            TooLarge(bag, count.ToString("N0", CultureInfo.InvariantCulture) + " bytes of UTF-8");
            return null;
        }

        return StrictUtf8.GetBytes(text);
    }

    private static ModelFileResult TooLarge(DiagnosticBag bag, string size)
    {
        bag.Input(
            InputErrorIds.Unreadable,
            "$",
            1,
            1,
            0,
            $"The file is {size}; allowed: at most {MaximumBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes (4 MiB). A model file is small: split a larger one.");
        return new ModelFileResult(bag.File, bag.ToImmutable(), null);
    }
}
