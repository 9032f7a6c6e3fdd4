using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Engine.Text;
using Xunit;

namespace Scoring.Engine.Tests;

/// <summary>Num builds its text from the general format for speed; the custom format it replaced is the oracle, since
/// stored runs hold text written by it and must replay byte for byte.</summary>
public class NumTests
{
    private const string Oracle = "0.############################";
    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static TheoryData<decimal> Edges => new()
    {
        0m, -0m, 0.000m, -0.000m, 1m, 1.0m, -1.50m, 120.00m, 4.5m, decimal.MaxValue, decimal.MinValue,
        0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 7m / 3m, -7m / 3m, 1.2345678901234567890123456789m,
    };

    [Theory]
    [MemberData(nameof(Edges), DisableDiscoveryEnumeration = true)] // -0m and 0m share a display name; enumerate at run time so none is dropped as a duplicate
    public void Edges_MatchTheCustomFormat(decimal value)
    {
        Assert.Equal(value.ToString(Oracle, CultureInfo.InvariantCulture), Num.Invariant(value));
        Assert.Equal(value.ToString(Oracle, Vietnamese), Num.Vi(value));
        Assert.Equal(Num.Invariant(value), Utf8(value));
    }

    [Fact]
    public void Examples_ReadAsPeopleWriteThem()
    {
        Assert.Equal("4,5", Num.Vi(4.50m));
        Assert.Equal("0", Num.Vi(-0.00m));
        Assert.Equal("-12.25", Num.Invariant(-12.250m));
        Assert.Equal("100", Num.Invariant(100m));
    }

    [Property(MaxTest = 2000)]
    public Property AnyDecimal_MatchesTheCustomFormat() =>
        Prop.ForAll(Arb.From(Decimals), value =>
            value.ToString(Oracle, CultureInfo.InvariantCulture) == Num.Invariant(value)
            && value.ToString(Oracle, Vietnamese) == Num.Vi(value)
            && Num.Invariant(value) == Utf8(value));

    private static readonly Gen<decimal> Decimals =
        from lo in Gen.Choose(0, int.MaxValue)
        from mid in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, int.MaxValue)))
        from hi in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(0, int.MaxValue)))
        from scale in Gen.Choose(0, 28)
        from negative in Gen.Elements(true, false)
        select new decimal(lo, mid, hi, negative, (byte)scale);

    private static string Utf8(decimal value)
    {
        Span<byte> buffer = stackalloc byte[Num.MaxChars];
        return Encoding.UTF8.GetString(Num.InvariantUtf8(value, buffer));
    }
}
