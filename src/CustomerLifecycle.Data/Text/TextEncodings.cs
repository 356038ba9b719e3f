using System.Text;

namespace CustomerLifecycle.Data.Text;

/// <summary>Encodings by name, including the legacy code pages that spreadsheet exports use (GB18030, Big5, Shift-JIS, Windows-1252).</summary>
public static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The encoding of a name such as <c>utf-8</c>, <c>utf-16</c>, <c>gb18030</c> or <c>windows-1252</c> (any case). A
    /// <see cref="TextTable"/> refuses text with bytes the encoding cannot decode, naming the line.
    /// </summary>
    /// <param name="name">The name (a web or code-page name).</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or names no encoding this platform knows.</exception>
    public static Encoding FromName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"unknown encoding '{name.Trim()}' (e.g. utf-8, utf-16, gb18030, windows-1252)", nameof(name), ex);
        }
    }

    /// <summary>UTF-8 without a byte-order mark: the encoding of a file without one when none is given.</summary>
    internal static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
