using System.Text.Json;

namespace CustomerLifecycle.Data.Followups;

/// <summary>
/// The bytes of whole-file sources (JSON, calendars) for the readers, with one-line messages that name the source. A
/// UTF-8 byte-order mark, which editors on Windows write and which JSON parsers refuse, is dropped, so JSON inputs are
/// accepted with or without one, as CSV inputs are.
/// </summary>
internal static class SourceFiles
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes of a file, or <see cref="InvalidDataException"/> naming it when it is missing or unreadable.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return WithoutByteOrderMark(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException(ex is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: cannot be read ({ex.Message})", ex);
        }
    }

    /// <summary>The bytes without a leading UTF-8 byte-order mark.</summary>
    public static byte[] WithoutByteOrderMark(byte[] bytes) => bytes.AsSpan().StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;

    /// <summary>The parsed document, or <see cref="InvalidDataException"/> naming the source when the text is not JSON.</summary>
    public static JsonDocument Parse(byte[] bytes, string source)
    {
        try
        {
            return JsonDocument.Parse(WithoutByteOrderMark(bytes));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not valid JSON ({ex.Message})", ex);
        }
    }
}
