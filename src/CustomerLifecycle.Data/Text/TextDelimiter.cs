namespace CustomerLifecycle.Data.Text;

/// <summary>How the fields of a text table are separated.</summary>
public enum TextDelimiter
{
    /// <summary>
    /// Detected from the header (the first non-blank line): the most frequent of comma, tab, semicolon and pipe outside
    /// quotes; a line with none of them but with spaces (and no quote) makes the table whitespace-separated; otherwise comma.
    /// </summary>
    Auto = 0,

    /// <summary>Comma-separated values (RFC 4180 quoting).</summary>
    Comma,

    /// <summary>Semicolon-separated, as spreadsheets write CSV where the comma is the decimal separator.</summary>
    Semicolon,

    /// <summary>Tab-separated values.</summary>
    Tab,

    /// <summary>Pipe-separated values.</summary>
    Pipe,

    /// <summary>Fields split at runs of spaces or tabs, no quoting, as published fixed-width tables are.</summary>
    Whitespace,
}
