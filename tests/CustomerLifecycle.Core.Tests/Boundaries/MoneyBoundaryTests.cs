namespace CustomerLifecycle.Core.Tests.Boundaries;

public class MoneyBoundaryTests
{
    [Theory]
    [InlineData("1SD")]
    [InlineData("U1D")]
    [InlineData("US1")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData(null)]
    public void Currency_that_is_not_three_letters_is_refused(string? currency)
    {
        Assert.False(Money.TryFrom(1m, currency, out var m));
        Assert.Equal(default, m);
        Assert.Equal(string.Empty, m.Currency);
    }

    [Fact]
    public void Refused_currency_is_named_in_the_message() =>
        Assert.Contains("got \"US1\"", Assert.Throws<ArgumentException>("currency", () => Money.From(1m, "US1")).Message, StringComparison.Ordinal);

    [Fact]
    public void Currency_is_upper_cased_and_the_amount_kept()
    {
        Assert.True(Money.TryFrom(-2.5m, "eur", out var m));
        Assert.Equal("EUR", m.Currency);
        Assert.Equal(-2.5m, m.Amount);
    }

    [Fact]
    public void Zero_is_zero_of_the_currency()
    {
        var zero = Money.Zero("usd");
        Assert.Equal(0m, zero.Amount);
        Assert.Equal("USD", zero.Currency);
    }

    [Fact]
    public void Subtracting_keeps_the_currency_and_differs_from_adding()
    {
        var a = Money.From(10m, "CNY");
        var b = Money.From(3m, "CNY");
        Assert.Equal(Money.From(7m, "CNY"), a - b);
        Assert.Equal(Money.From(7m, "CNY"), a.Subtract(b));
        Assert.Equal(Money.From(13m, "CNY"), a.Add(b));
        Assert.Throws<ArgumentException>("other", () => a - Money.From(1m, "USD"));
    }

    [Fact]
    public void Multiplying_keeps_the_currency() =>
        Assert.Equal(Money.From(7.5m, "EUR"), Money.From(2.5m, "EUR").Multiply(3m));

    [Fact]
    public void Mixed_currency_message_names_both_currencies() =>
        Assert.Contains("CNY with USD", Assert.Throws<ArgumentException>(() => Money.From(1m, "CNY").CompareTo(Money.From(1m, "USD"))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(1, 2, -1)]
    [InlineData(2, 1, 1)]
    [InlineData(2, 2, 0)]
    public void Money_operators_agree_with_the_amounts(int left, int right, int sign)
    {
        var l = Money.From(left, "USD");
        var r = Money.From(right, "USD");
        Assert.Equal(sign, Math.Sign(l.CompareTo(r)));
        Assert.Equal(sign < 0, l < r);
        Assert.Equal(sign > 0, l > r);
        Assert.Equal(sign <= 0, l <= r);
        Assert.Equal(sign >= 0, l >= r);
    }

    [Fact]
    public void Comparing_different_currencies_throws()
    {
        var usd = Money.From(1m, "USD");
        var cny = Money.From(2m, "CNY");
        Assert.Throws<ArgumentException>(() => usd < cny);
        Assert.Throws<ArgumentException>(() => usd >= cny);
    }

    [Theory]
    [InlineData("1.5", "1.50 USD")]
    [InlineData("1.23456", "1.2346 USD")]
    [InlineData("-3", "-3.00 USD")]
    public void Money_prints_two_to_four_decimals_and_the_code(string amount, string expected) =>
        Assert.Equal(expected, Money.From(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "usd").ToString());
}
