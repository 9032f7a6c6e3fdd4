using System.Globalization;

namespace Scoring.Engine.Text;

/// <summary>Formats points the Vietnamese way (decimal comma, no trailing zeros), identically on every machine.</summary>
public static class Num
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>Formats a value as "4,5" (not "4.50").</summary>
    public static string Vi(decimal value) => value.ToString("0.############################", Vietnamese);

    /// <summary>Formats a value in invariant form ("4.5"), used by canonical and machine-readable output.</summary>
    public static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
