using System.Globalization;
using System.Text;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary>Text from input files (note texts, calendar names) made safe to print on a terminal: shown, never interpreted.</summary>
internal static class ConsoleText
{
    /// <summary>The text with control characters (C0, DEL, C1) and bidirectional formatting characters written as
    /// <c>\u{XXXX}</c>, so a note cannot move the cursor, recolour the terminal or reorder the line around it.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Unsafe.Contains(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>One warning line on standard error, the text escaped.</summary>
    public static void Warn(string text) => Console.Error.WriteLine("warning: " + Escape(text));

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), .. Enumerable.Range(0x7F, 0x21).Select(i => (char)i),
         '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);
}
