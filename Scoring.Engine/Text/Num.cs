using System.Globalization;

namespace Scoring.Engine.Text;

/// <summary>Formats points the Vietnamese way (decimal comma, no trailing zeros), identically on every machine.</summary>
/// <remarks>The output is that of the custom format <c>0.############################</c> (no exponent, no group
/// separators, trailing zeros dropped, negative zero as 0); it is built from the general format, which is faster.</remarks>
public static class Num
{
    /// <summary>Formats a value as "4,5" (not "4.50").</summary>
    public static string Vi(decimal value)
    {
        Span<char> buffer = stackalloc char[MaxChars];
        var text = Format(value, buffer);
        var point = text.IndexOf('.');
        if (point >= 0)
        {
            text[point] = ',';
        }
        return new string(text);
    }

    /// <summary>Formats a value in invariant form ("4.5"), used by canonical and machine-readable output.</summary>
    public static string Invariant(decimal value)
    {
        Span<char> buffer = stackalloc char[MaxChars];
        return new string(Format(value, buffer));
    }

    /// <summary>Writes the invariant form as UTF-8 into <paramref name="buffer"/> (at least <see cref="MaxChars"/> bytes) and returns the part written.</summary>
    public static Span<byte> InvariantUtf8(decimal value, Span<byte> buffer)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        return Trim(buffer[..written], (byte)'.', (byte)'0', (byte)'-');
    }

    /// <summary>The longest text a decimal formats to: sign, 29 digits and a point.</summary>
    public const int MaxChars = 32;

    private static Span<char> Format(decimal value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        return Trim(buffer[..written], '.', '0', '-');
    }

    /// <summary>Drops trailing zeros after the point (and the point when nothing follows it); "-0" becomes "0".</summary>
    private static Span<T> Trim<T>(Span<T> text, T point, T zero, T minus)
        where T : IEquatable<T>
    {
        if (text.IndexOf(point) >= 0)
        {
            text = text.TrimEnd(zero);
            if (text[^1].Equals(point))
            {
                text = text[..^1];
            }
        }
        if (text.Length == 2 && text[0].Equals(minus) && text[1].Equals(zero))
        {
            text = text[1..];
        }
        return text;
    }
}
