namespace CustomerLifecycle.Core.Tests.Boundaries;

public class CustomerIdBoundaryTests
{
    [Fact]
    public void Customer_id_of_exactly_200_characters_is_accepted()
    {
        Assert.True(CustomerId.TryFrom(new string('x', CustomerId.MaxLength), out var id));
        Assert.Equal(200, id.Value.Length);
        Assert.False(id.IsEmpty);
    }

    [Fact]
    public void Customer_id_length_is_counted_after_trimming() =>
        Assert.True(CustomerId.TryFrom("  " + new string('x', 200) + "  ", out _));

    [Fact]
    public void Customer_id_of_one_character_is_accepted() =>
        Assert.Equal("a", CustomerId.From("a").Value);

    [Fact]
    public void Refused_customer_id_leaves_the_default()
    {
        Assert.False(CustomerId.TryFrom(null, out var id));
        Assert.True(id.IsEmpty);
        Assert.False(CustomerId.TryFrom(new string('x', 201), out id));
        Assert.True(id.IsEmpty);
    }

    [Fact]
    public void Null_customer_id_message_says_null() =>
        Assert.Contains("got null", Assert.Throws<ArgumentException>("value", () => CustomerId.From(null!)).Message, StringComparison.Ordinal);

    [Fact]
    public void Long_customer_id_in_a_message_is_cut_to_40_characters_and_an_ellipsis()
    {
        var message = Assert.Throws<ArgumentException>(() => CustomerId.From(new string('y', 41) + new string('z', 200))).Message;
        Assert.Contains("\"" + new string('y', 40) + "…\"", message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('y', 41), message, StringComparison.Ordinal);
        Assert.Contains("1–200 characters", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_customer_id_of_40_characters_is_quoted_whole_and_of_41_is_cut()
    {
        var forty = new string(' ', 40);
        Assert.Contains("\"" + forty + "\"", Assert.Throws<ArgumentException>(() => CustomerId.From(forty)).Message, StringComparison.Ordinal);
        var fortyOne = Assert.Throws<ArgumentException>(() => CustomerId.From(forty + " ")).Message;
        Assert.Contains("\"" + forty + "…\"", fortyOne, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", "b", -1)]
    [InlineData("b", "a", 1)]
    [InlineData("a", "a", 0)]
    [InlineData("B", "a", -1)] // ordinal: upper case sorts before lower case
    public void Customer_id_operators_agree_with_ordinal_order(string left, string right, int sign)
    {
        var l = CustomerId.From(left);
        var r = CustomerId.From(right);
        Assert.Equal(sign, Math.Sign(l.CompareTo(r)));
        Assert.Equal(sign < 0, l < r);
        Assert.Equal(sign > 0, l > r);
        Assert.Equal(sign <= 0, l <= r);
        Assert.Equal(sign >= 0, l >= r);
    }

    [Fact]
    public void Equal_customer_ids_hash_alike_and_print_their_text()
    {
        var a = CustomerId.From(" c-9 ");
        var b = CustomerId.From("c-9");
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("c-9", a.ToString());
        Assert.Equal(string.Empty, default(CustomerId).ToString());
        Assert.Equal(string.Empty, default(CustomerId).Value);
    }
}
