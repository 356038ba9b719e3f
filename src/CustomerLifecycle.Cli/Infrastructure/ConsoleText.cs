using System.Globalization;
using System.Text;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// Keeps text from the data from steering the terminal: control characters (C0, DEL, C1) and bidirectional formatting
/// characters (U+061C, U+200E, U+200F, the overrides and embeddings U+202A–U+202E, the isolates U+2066–U+2069) are
/// written as <c>\uXXXX</c>, a form that is also a valid escape inside a JSON string. One function serves the console
/// writer (<see cref="Guard"/>, installed by the entry point on stdout and stderr, where tab and line feed pass) and
/// single fields from the data (<see cref="Escape"/>, where they do not: a note cannot start a new line).
/// </summary>
internal static class ConsoleText
{
    /// <summary>A count with its noun, singular for one: <c>1 task</c>, <c>3 tasks</c>, <c>1 rejected row</c>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="one">The words for one.</param>
    /// <param name="many">The words for any other count; <paramref name="one"/> with an "s" when null.</param>
    public static string Count(long count, string one, string? many = null) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");

    /// <summary>Whether a character is written escaped inside a single field.</summary>
    public static bool IsUnsafe(char c) => c is < ' ' or (>= '\u007f' and <= '\u009f') or '\u061c' or '\u200e' or '\u200f'
        or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');

    /// <summary>A field from the data with every unsafe character written as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            Append(sb, c);
        }

        return sb.ToString();
    }

    /// <summary>One warning line on standard error, the text escaped.</summary>
    public static void Warn(string text) => Console.Error.WriteLine("warning: " + Escape(text));

    /// <summary>
    /// A writer over <paramref name="inner"/> that escapes what <see cref="Escape"/> escapes. When
    /// <paramref name="allowColour"/> is set (a terminal that shows colours), colour sequences (ESC [ digits; m) pass,
    /// so the tables keep their colours; every other escape sequence is escaped. A carriage return that ends a line
    /// (CR LF) passes.
    /// </summary>
    public static TextWriter Guard(TextWriter inner, bool allowColour) => new GuardedWriter(inner, allowColour);

    private static void Append(StringBuilder sb, char c)
    {
        if (IsUnsafe(c))
        {
            sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        else
        {
            sb.Append(c);
        }
    }

    // In running output, tab and line feed lay the text out.
    private static bool IsUnsafeInOutput(char c) => c is not '\t' and not '\n' && IsUnsafe(c);

    private sealed class GuardedWriter(TextWriter inner, bool allowColour) : TextWriter
    {
        // A pending ESC or CR whose meaning depends on what follows.
        private readonly StringBuilder _pending = new();

        public override Encoding Encoding => inner.Encoding;

        public override IFormatProvider FormatProvider => inner.FormatProvider;

        public override string NewLine
        {
            get => inner.NewLine;
#pragma warning disable CS8765 // The base setter accepts null (meaning the default).
            set => inner.NewLine = value;
#pragma warning restore CS8765
        }

        public override void Write(char value)
        {
            var sb = new StringBuilder();
            Feed(sb, value);
            inner.Write(sb.ToString());
        }

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }

            if (_pending.Length == 0 && !value.Any(IsUnsafeInOutput))
            {
                inner.Write(value);
                return;
            }

            var sb = new StringBuilder(value.Length + 16);
            foreach (var c in value)
            {
                Feed(sb, c);
            }

            inner.Write(sb.ToString());
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value)
        {
            Write(value);
            Write(NewLine);
        }

        public override void Flush()
        {
            var sb = new StringBuilder();
            Release(sb);
            inner.Write(sb.ToString());
            inner.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Flush();
            }

            base.Dispose(disposing);
        }

        private void Feed(StringBuilder sb, char c)
        {
            if (_pending.Length > 0)
            {
                if (_pending[0] == '\r')
                {
                    if (c == '\n')
                    {
                        _pending.Clear();
                        sb.Append("\r\n");
                        return;
                    }

                    Release(sb);
                }
                else if (_pending.Length == 1 ? c == '[' : char.IsAsciiDigit(c) || c == ';')
                {
                    _pending.Append(c);
                    return;
                }
                else if (c == 'm' && _pending.Length > 1)
                {
                    sb.Append(_pending).Append(c);
                    _pending.Clear();
                    return;
                }
                else
                {
                    Release(sb);
                }
            }

            if (c == '\r' || (c == '\u001b' && allowColour))
            {
                _pending.Append(c);
                return;
            }

            AppendOutput(sb, c);
        }

        private static void AppendOutput(StringBuilder sb, char c)
        {
            if (IsUnsafeInOutput(c))
            {
                Append(sb, c);
            }
            else
            {
                sb.Append(c);
            }
        }

        // Writes what was held back as escaped text: it did not turn out to be a colour or a line end.
        private void Release(StringBuilder sb)
        {
            foreach (var p in _pending.ToString())
            {
                AppendOutput(sb, p);
            }

            _pending.Clear();
        }
    }
}
