using System.Globalization;
using System.Text;

namespace CustomerLifecycle.Data.Writers;

/// <summary>
/// Formats the fields of a summary row straight into UTF-8 bytes: the same text as <see cref="CsvWriter.Quote"/>,
/// <see cref="CsvWriter.Number"/> and <see cref="CsvWriter.Money"/>, encoded as the writers encode it (UTF-8, an unpaired
/// surrogate as U+FFFD), without a string per field. A summary holds few distinct times (whole days over a unit), so the
/// text of the last numbers formatted is kept, 4,096 of them by their bits, and copied when a number comes again. One
/// instance per thread.
/// </summary>
internal sealed class Utf8Fields
{
    /// <summary>The most bytes one field can take: an id of <see cref="Core.CustomerId.MaxLength"/> characters, every one quoted and 3 bytes long.</summary>
    public const int MaxField = 3 * ((2 * Core.CustomerId.MaxLength) + 3);

    private const int CacheBits = 12;
    private const int TextSize = 32;
    private readonly ulong[] _bits = new ulong[1 << CacheBits];
    private readonly byte[] _lengths = new byte[1 << CacheBits];
    private readonly byte[] _texts = new byte[(1 << CacheBits) * TextSize];

    /// <summary>Writes an id as <see cref="CsvWriter.Quote"/> gives it; returns the bytes written.</summary>
    public static int Id(ReadOnlySpan<char> id, Span<byte> destination) =>
        Encoding.UTF8.GetBytes(CsvWriter.IsPlain(id) ? id : CsvWriter.Quote(id.ToString()), destination);

    /// <summary>Writes a money amount as <see cref="CsvWriter.Money"/> gives it (nothing when unknown); returns the bytes written.</summary>
    public static int Money(decimal? value, Span<byte> destination)
    {
        if (value is not { } v)
        {
            return 0;
        }

        var rounded = Math.Round(v, 10);
        if (rounded <= 0m)
        {
            // Zero and negative amounts (never in a summary) take the general path, sign of zero included.
            return Encoding.UTF8.GetBytes(rounded.ToString("0.##########", CultureInfo.InvariantCulture), destination);
        }

        // A decimal's own text is fixed-point with every digit of its scale (at most 10 here): "0.##########" is that text
        // without the trailing zeros of the fraction, and without the point when nothing is left after it.
        rounded.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture);
        if (destination[..written].Contains((byte)'.'))
        {
            while (destination[written - 1] == (byte)'0')
            {
                written--;
            }

            if (destination[written - 1] == (byte)'.')
            {
                written--;
            }
        }

        return written;
    }

    /// <summary>Writes a time or a count as <see cref="CsvWriter.Number"/> gives it (nothing when not finite); returns the bytes written.</summary>
    public int Number(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value))
        {
            return 0;
        }

        var bits = BitConverter.DoubleToUInt64Bits(value);
        var at = (int)((bits * 0x9E3779B97F4A7C15UL) >> (64 - CacheBits));
        var text = _texts.AsSpan(at * TextSize, TextSize);
        int length = _lengths[at];
        if (length == 0 || _bits[at] != bits)
        {
            // The shortest round-trip text of a double is at most 24 bytes ("-1.2345678901234567E-308").
            value.TryFormat(text, out length, "R", CultureInfo.InvariantCulture);
            (_bits[at], _lengths[at]) = (bits, (byte)length);
        }

        text[..length].CopyTo(destination);
        return length;
    }
}
