using CustomerLifecycle.Core;
using CustomerLifecycle.Followups.Memory;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Memory;

public class CustomerNoteTests
{
    private static readonly Instant At = Cn(3, 1, 10);

    [Theory]
    [InlineData("health", "health")]
    [InlineData(" Deferred_Work ", "deferred_work")]
    [InlineData("allergy", "allergy")]
    public void Kinds_are_an_open_list_of_lower_case_words(string text, string expected) => Assert.Equal(expected, NoteKind.From(text).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("has space")]
    [InlineData("a234567890123456789012345678901234")]
    public void Bad_kinds_are_rejected(string? text)
    {
        Assert.False(NoteKind.TryFrom(text, out var kind));
        Assert.True(kind.IsEmpty);
        Assert.Throws<ArgumentException>("text", () => NoteKind.From(text));
    }

    [Fact]
    public void A_note_is_trimmed_and_holds_from_its_recording_until_it_expires()
    {
        var note = new CustomerNote(Customer, At, NoteKind.Health, "  sore back  ", At + Duration.FromDays(30));
        Assert.Equal("sore back", note.Text);
        Assert.False(note.HoldsAt(At - Duration.FromMinutes(1)));
        Assert.True(note.HoldsAt(At));
        Assert.False(note.HoldsAt(At + Duration.FromDays(30)));
    }

    [Fact]
    public void Bad_notes_are_rejected()
    {
        Assert.Throws<ArgumentException>("customer", () => new CustomerNote(default, At, NoteKind.Other, "x"));
        Assert.Throws<ArgumentException>("kind", () => new CustomerNote(Customer, At, default, "x"));
        Assert.Throws<ArgumentException>("text", () => new CustomerNote(Customer, At, NoteKind.Other, "  "));
        Assert.Throws<ArgumentException>("text", () => new CustomerNote(Customer, At, NoteKind.Other, null!));
        Assert.Throws<ArgumentException>("text", () => new CustomerNote(Customer, At, NoteKind.Other, new string('x', CustomerNote.MaxTextLength + 1)));
        Assert.Throws<ArgumentException>("expiresAt", () => new CustomerNote(Customer, At, NoteKind.Other, "x", At));
    }

    [Fact]
    public void Note_events_carry_exactly_their_note()
    {
        var note = new CustomerNote(Customer, At, NoteKind.Other, "x");
        Assert.Throws<ArgumentException>("note", () => new FollowupEvent(FollowupEventKind.Note, Customer, At));
        Assert.Throws<ArgumentException>("note", () => new FollowupEvent(FollowupEventKind.Visit, Customer, At, note: note));
        Assert.Throws<ArgumentException>("note", () => new FollowupEvent(FollowupEventKind.Note, CustomerId.From("C002"), At, note: note));
        Assert.Throws<ArgumentException>("note", () => new FollowupEvent(FollowupEventKind.Note, Customer, At + Duration.FromHours(1), note: note));
        Assert.Throws<ArgumentException>("comment", () => new FollowupEvent(FollowupEventKind.Visit, Customer, At, comment: "nice"));
        Assert.Throws<ArgumentNullException>("note", () => FollowupEvent.NoteRecorded(null!));
        Assert.Same(note, FollowupEvent.NoteRecorded(note).Note);
    }
}
