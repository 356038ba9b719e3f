using System.Text.Json;

namespace CustomerLifecycle.Data.Followups;

/// <summary>The bytes of whole-file sources (JSON, calendars) for the readers, with one-line messages that name the source.</summary>
internal static class SourceFiles
{
    /// <summary>The bytes of a file, or <see cref="InvalidDataException"/> naming it when it is missing or unreadable.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException(ex is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: cannot be read ({ex.Message})", ex);
        }
    }

    /// <summary>The parsed document, or <see cref="InvalidDataException"/> naming the source when the text is not JSON.</summary>
    public static JsonDocument Parse(byte[] bytes, string source)
    {
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not valid JSON ({ex.Message})", ex);
        }
    }
}
