using System.Runtime.InteropServices;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>
/// The binary form of a transaction log's rows in a partition file, in source order: a plain row as its physical line,
/// customer id (UTF-16), day and amount; a row the reader rejected as its line and rejection; any other row as the text
/// record the fold checks (its amount already read).
/// </summary>
internal static class PartitionRows
{
    private const byte Plain = 0;
    private const byte Text = 1;
    private const byte Rejected = 2;

    /// <summary>Writes a plain row: a trimmed id within the length limit, a date, a known or absent amount.</summary>
    public static void WritePlain(BinaryWriter writer, int line, ReadOnlySpan<char> customer, LocalDate date, decimal? amount)
    {
        writer.Write(Plain);
        writer.Write(line);
        writer.Write((byte)customer.Length);
        writer.Write(MemoryMarshal.AsBytes(customer));
        writer.Write(date.ToDateOnly().DayNumber);
        writer.Write(amount.HasValue);
        if (amount is { } a)
        {
            writer.Write(a);
        }
    }

    /// <summary>Writes a row the fold reads from text.</summary>
    public static void WriteText(BinaryWriter writer, TransactionRecord record)
    {
        if (record.Rejection is { } rejection)
        {
            writer.Write(Rejected);
            writer.Write(record.Line);
            writer.Write(rejection.Code);
            writer.Write(rejection.Reason);
            return;
        }

        writer.Write(Text);
        writer.Write(record.Line);
        WriteNullable(writer, record.CustomerId);
        WriteNullable(writer, record.Date);
        WriteNullable(writer, record.Amount);
    }

    /// <summary>Adds every row of a partition file to a fold, in the order written.</summary>
    public static void AddAll(Stream file, TransactionFold fold, CancellationToken cancellation)
    {
        file.Position = 0;
        using var reader = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
        Span<char> id = stackalloc char[256];
        var count = 0;
        var end = file.Length;
        while (file.Position < end)
        {
            if ((++count & 0xFFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var kind = reader.ReadByte();
            var line = reader.ReadInt32();
            if (kind == Plain)
            {
                var customer = id[..reader.ReadByte()];
                reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(customer));
                var date = DateOnly.FromDayNumber(reader.ReadInt32());
                decimal? amount = reader.ReadBoolean() ? reader.ReadDecimal() : null;
                fold.Add(line, customer, LocalDate.FromDateOnly(date), amount);
            }
            else if (kind == Rejected)
            {
                fold.Add(new TransactionRecord(line, null, null) { Rejection = new RejectedRow(line, reader.ReadString(), reader.ReadString()) });
            }
            else
            {
                fold.Add(new TransactionRecord(line, ReadNullable(reader), ReadNullable(reader), ReadNullable(reader)));
            }
        }
    }

    private static void WriteNullable(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
