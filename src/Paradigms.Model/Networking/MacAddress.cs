using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Networking;

/// <summary>
/// A 48-bit IEEE 802 MAC address, such as <c>02:00:00:00:00:01</c>.
/// </summary>
/// <remarks>
/// Stored as one <see cref="ulong"/> whose lower 48 bits are the six octets in transmission order
/// (the first octet in bits 40 to 47), so the upper 16 bits are always zero and
/// <see cref="Value"/> of <c>aa:bb:cc:dd:ee:ff</c> is <c>0xAABBCCDDEEFF</c>. Bit 0 of the first
/// octet marks a multicast (group) address and bit 1 a locally administered one (IEEE 802).
/// <c>default</c> is <c>00:00:00:00:00:00</c>. Equality and ordering compare <see cref="Value"/>,
/// which is also the order of the octets read left to right. Text is six groups of two
/// hexadecimal digits separated by one kind of separator, <c>:</c> or <c>-</c>; anything else is
/// refused with a message that says which part was not understood. Immutable, and so safe to
/// share between threads.
/// </remarks>
public readonly struct MacAddress : IEquatable<MacAddress>, IComparable<MacAddress>, IComparable, ISpanFormattable, ISpanParsable<MacAddress>
{
    private const int ByteCount = 6;
    private const int GroupCount = 6;
    private const int TextLength = 17;
    private const ulong MaxValue = 0xFFFF_FFFF_FFFF;
    private const ulong MulticastBit = 1UL << 40;
    private const ulong LocallyAdministeredBit = 1UL << 41;
    private const string Shape = "a MAC address has 6 groups of two hexadecimal digits separated by ':' or '-'";
    private const string AllowedFormats = "null, \"\", \"G\" or \":\" (aa:bb:cc:dd:ee:ff), \"-\" (aa-bb-cc-dd-ee-ff), \"U\" (AA:BB:CC:DD:EE:FF)";

    private readonly ulong _value;

    private MacAddress(ulong value) => _value = value;

    private enum ParseError
    {
        None,
        Empty,
        NoSeparator,
        MixedSeparators,
        LeadingSeparator,
        TrailingSeparator,
        WrongGroupCount,
        EmptyGroup,
        BadGroup,
    }

    /// <summary>Gets the broadcast address <c>ff:ff:ff:ff:ff:ff</c>, which every station on the link receives.</summary>
    public static MacAddress Broadcast => new(MaxValue);

    /// <summary>Gets the 48 bits of the address, the first octet in bits 40 to 47; from 0 to <c>0xFFFFFFFFFFFF</c>.</summary>
    public ulong Value => _value;

    /// <summary>Gets whether this is a multicast (group) address: bit 0 of the first octet is set. The broadcast address is multicast.</summary>
    public bool IsMulticast => (_value & MulticastBit) != 0;

    /// <summary>Gets whether this is a unicast (individual) address: bit 0 of the first octet is clear.</summary>
    public bool IsUnicast => (_value & MulticastBit) == 0;

    /// <summary>Gets whether this address is locally administered (assigned by software, as virtual NICs' usually are): bit 1 of the first octet is set.</summary>
    public bool IsLocallyAdministered => (_value & LocallyAdministeredBit) != 0;

    /// <summary>Gets whether this address is universally administered (built from a vendor's OUI): bit 1 of the first octet is clear.</summary>
    public bool IsUniversallyAdministered => (_value & LocallyAdministeredBit) == 0;

    /// <summary>Gets whether this is the broadcast address <c>ff:ff:ff:ff:ff:ff</c>.</summary>
    public bool IsBroadcast => _value == MaxValue;

    /// <summary>Creates an address from its six octets, first octet first.</summary>
    /// <param name="bytes">Exactly six octets, in transmission order.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> does not hold exactly 6 bytes.</exception>
    public static MacAddress FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{nameof(bytes)} was {bytes.Length} bytes long; allowed: exactly 6 bytes."),
                nameof(bytes));
        }

        ulong value = 0;
        foreach (var octet in bytes)
        {
            value = (value << 8) | octet;
        }

        return new MacAddress(value);
    }

    /// <summary>Creates an address from its 48 bits, the first octet in bits 40 to 47.</summary>
    /// <param name="value">The bits, from 0 to <c>0xFFFFFFFFFFFF</c>.</param>
    /// <returns>The address; <c>FromUInt64(0xAABBCCDDEEFF)</c> is <c>aa:bb:cc:dd:ee:ff</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is <c>0x1000000000000</c> (2^48) or more.</exception>
    public static MacAddress FromUInt64(ulong value)
    {
        if (value > MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                string.Create(CultureInfo.InvariantCulture, $"{nameof(value)} was 0x{value:X}; allowed: 0 to 0xFFFFFFFFFFFF."));
        }

        return new MacAddress(value);
    }

    /// <summary>Gets the six octets, first octet first.</summary>
    /// <returns>A new array of 6 bytes.</returns>
    public byte[] GetBytes()
    {
        var bytes = new byte[ByteCount];
        WriteBytes(bytes);
        return bytes;
    }

    /// <summary>Writes the six octets, first octet first, to the start of <paramref name="destination"/>.</summary>
    /// <param name="destination">Where the octets are written; at least 6 bytes long.</param>
    /// <returns>Whether <paramref name="destination"/> was long enough; when it is not, nothing is written.</returns>
    public bool TryWriteBytes(Span<byte> destination)
    {
        if (destination.Length < ByteCount)
        {
            return false;
        }

        WriteBytes(destination);
        return true;
    }

    /// <summary>Whether the two addresses are equal.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>True when all 48 bits are equal.</returns>
    public static bool operator ==(MacAddress left, MacAddress right) => left._value == right._value;

    /// <summary>Whether the two addresses differ.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>True when any of the 48 bits differs.</returns>
    public static bool operator !=(MacAddress left, MacAddress right) => left._value != right._value;

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>True when <paramref name="left"/> has the smaller <see cref="Value"/>.</returns>
    public static bool operator <(MacAddress left, MacAddress right) => left._value < right._value;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>True when <paramref name="left"/> has the larger <see cref="Value"/>.</returns>
    public static bool operator >(MacAddress left, MacAddress right) => left._value > right._value;

    /// <summary>Whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>True when <paramref name="left"/> has the smaller or the same <see cref="Value"/>.</returns>
    public static bool operator <=(MacAddress left, MacAddress right) => left._value <= right._value;

    /// <summary>Whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>True when <paramref name="left"/> has the larger or the same <see cref="Value"/>.</returns>
    public static bool operator >=(MacAddress left, MacAddress right) => left._value >= right._value;

    /// <summary>Parses text such as <c>"aa:bb:cc:dd:ee:ff"</c> or <c>"AA-BB-CC-DD-EE-FF"</c>; see <see cref="Parse(ReadOnlySpan{char}, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a MAC address; the message says which part.</exception>
    public static MacAddress Parse(string s) => Parse(s, null);

    /// <summary>Parses text such as <c>"aa:bb:cc:dd:ee:ff"</c> or <c>"AA-BB-CC-DD-EE-FF"</c>; see <see cref="Parse(ReadOnlySpan{char}, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: MAC addresses are written the same way in every culture.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a MAC address; the message says which part.</exception>
    public static MacAddress Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <summary>
    /// Parses six groups of exactly two hexadecimal digits (upper or lower case) separated by one kind of
    /// separator throughout, either <c>:</c> or <c>-</c>, as in <c>"aa:bb:cc:dd:ee:ff"</c> or
    /// <c>"00-1A-2B-3C-4D-5E"</c>. White space around the text is ignored; anything else (no separator,
    /// mixed separators, a separator at either end, another number of groups, a group that is not two
    /// hexadecimal digits) is refused.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: MAC addresses are written the same way in every culture.</param>
    /// <returns>The address.</returns>
    /// <exception cref="FormatException">The text is not a MAC address; the message says which part.</exception>
    public static MacAddress Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var text = s.Trim();
        var error = TryParseCore(text, out var value, out var detail, out var groupStart, out var groupLength);
        if (error != ParseError.None)
        {
            throw new FormatException(Describe(error, text, detail, groupStart, groupLength));
        }

        return new MacAddress(value);
    }

    /// <summary>Tries to parse text such as <c>"aa:bb:cc:dd:ee:ff"</c>; see <see cref="Parse(ReadOnlySpan{char}, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The address, or <c>default</c> (<c>00:00:00:00:00:00</c>) when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out MacAddress result) => TryParse(s, null, out result);

    /// <summary>Tries to parse text such as <c>"aa:bb:cc:dd:ee:ff"</c>; see <see cref="Parse(ReadOnlySpan{char}, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: MAC addresses are written the same way in every culture.</param>
    /// <param name="result">The address, or <c>default</c> (<c>00:00:00:00:00:00</c>) when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MacAddress result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse text such as <c>"aa:bb:cc:dd:ee:ff"</c>; see <see cref="Parse(ReadOnlySpan{char}, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: MAC addresses are written the same way in every culture.</param>
    /// <param name="result">The address, or <c>default</c> (<c>00:00:00:00:00:00</c>) when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out MacAddress result)
    {
        if (TryParseCore(s.Trim(), out var value, out _, out _, out _) != ParseError.None)
        {
            result = default;
            return false;
        }

        result = new MacAddress(value);
        return true;
    }

    /// <summary>Formats the address as six lower-case groups separated by colons, such as <c>"aa:bb:cc:dd:ee:ff"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal address.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the address; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null, <c>""</c>, <c>"G"</c> or <c>":"</c> for <c>aa:bb:cc:dd:ee:ff</c>; <c>"-"</c> for <c>aa-bb-cc-dd-ee-ff</c>; <c>"U"</c> for <c>AA:BB:CC:DD:EE:FF</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is none of the formats above.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the address as six groups of two hexadecimal digits.</summary>
    /// <param name="format">
    /// Null, <c>""</c>, <c>"G"</c> or <c>":"</c> for lower case with colons (<c>aa:bb:cc:dd:ee:ff</c>);
    /// <c>"-"</c> for lower case with hyphens (<c>aa-bb-cc-dd-ee-ff</c>); <c>"U"</c> for upper case with
    /// colons (<c>AA:BB:CC:DD:EE:FF</c>). Formats are case-sensitive. Every form parses back to the same address.
    /// </param>
    /// <param name="formatProvider">Ignored: MAC addresses are written the same way in every culture.</param>
    /// <returns>The text, always 17 characters long.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is none of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var (separator, upperCase) = ReadFormat(format.AsSpan());
        return string.Create(TextLength, (_value, separator, upperCase), static (destination, state) =>
            Write(destination, state._value, state.separator, state.upperCase));
    }

    /// <summary>Formats the address into <paramref name="destination"/>; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="destination">Where the text is written.</param>
    /// <param name="charsWritten">How many characters were written: 17, or 0 when <paramref name="destination"/> is too short.</param>
    /// <param name="format">The format, as for <see cref="ToString(string, IFormatProvider)"/>; empty for the default.</param>
    /// <param name="provider">Ignored: MAC addresses are written the same way in every culture.</param>
    /// <returns>Whether the text fitted in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is none of the formats of <see cref="ToString(string, IFormatProvider)"/>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var (separator, upperCase) = ReadFormat(format);
        if (destination.Length < TextLength)
        {
            charsWritten = 0;
            return false;
        }

        Write(destination, _value, separator, upperCase);
        charsWritten = TextLength;
        return true;
    }

    /// <summary>Whether <paramref name="other"/> is the same address.</summary>
    /// <param name="other">The other address.</param>
    /// <returns>True when all 48 bits are equal.</returns>
    public bool Equals(MacAddress other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MacAddress other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by <see cref="Value"/>, which orders addresses octet by octet from the first.</summary>
    /// <param name="other">The other address.</param>
    /// <returns>Negative, zero or positive as this address comes before, is equal to or comes after <paramref name="other"/>.</returns>
    public int CompareTo(MacAddress other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a MacAddress.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        MacAddress other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("a MacAddress", obj, nameof(obj)),
    };

    private void WriteBytes(Span<byte> destination)
    {
        Span<byte> eight = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64BigEndian(eight, _value);
        eight[(sizeof(ulong) - ByteCount)..].CopyTo(destination);
    }

    private static (char Separator, bool UpperCase) ReadFormat(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "G" or ":")
        {
            return (':', false);
        }

        if (format is "-")
        {
            return ('-', false);
        }

        if (format is "U")
        {
            return (':', true);
        }

        throw new FormatException($"'{format.ToString()}' is not a MacAddress format; allowed: {AllowedFormats}.");
    }

    private static void Write(Span<char> destination, ulong value, char separator, bool upperCase)
    {
        var digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
        for (var group = 0; group < GroupCount; group++)
        {
            var octet = (int)(value >> (8 * (GroupCount - 1 - group))) & 0xFF;
            var at = group * 3;
            destination[at] = digits[octet >> 4];
            destination[at + 1] = digits[octet & 0xF];
            if (group < GroupCount - 1)
            {
                destination[at + 2] = separator;
            }
        }
    }

    /// <summary>
    /// Parses already trimmed text. On failure <paramref name="detail"/> is the number of groups or the
    /// 1-based number of the group at fault, and <paramref name="groupStart"/> and
    /// <paramref name="groupLength"/> locate that group in <paramref name="text"/>.
    /// </summary>
    private static ParseError TryParseCore(ReadOnlySpan<char> text, out ulong value, out int detail, out int groupStart, out int groupLength)
    {
        value = 0;
        detail = 0;
        groupStart = 0;
        groupLength = 0;

        if (text.IsEmpty)
        {
            return ParseError.Empty;
        }

        var hasColon = text.Contains(':');
        var hasHyphen = text.Contains('-');
        if (hasColon && hasHyphen)
        {
            return ParseError.MixedSeparators;
        }

        if (!hasColon && !hasHyphen)
        {
            return ParseError.NoSeparator;
        }

        var separator = hasColon ? ':' : '-';
        if (text[0] == separator)
        {
            return ParseError.LeadingSeparator;
        }

        if (text[^1] == separator)
        {
            return ParseError.TrailingSeparator;
        }

        var groups = text.Count(separator) + 1;
        if (groups != GroupCount)
        {
            detail = groups;
            return ParseError.WrongGroupCount;
        }

        var rest = text;
        for (var group = 1; group <= GroupCount; group++)
        {
            var end = rest.IndexOf(separator);
            var part = end < 0 ? rest : rest[..end];
            if (part.Length != 2 || !char.IsAsciiHexDigit(part[0]) || !char.IsAsciiHexDigit(part[1]))
            {
                detail = group;
                groupStart = text.Length - rest.Length;
                groupLength = part.Length;
                return part.IsEmpty ? ParseError.EmptyGroup : ParseError.BadGroup;
            }

            value = (value << 8) | (uint)((HexDigit(part[0]) << 4) | HexDigit(part[1]));
            rest = end < 0 ? ReadOnlySpan<char>.Empty : rest[(end + 1)..];
        }

        return ParseError.None;
    }

    private static int HexDigit(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string Describe(ParseError error, ReadOnlySpan<char> text, int detail, int groupStart, int groupLength)
    {
        var quoted = $"'{text.ToString()}' is not a MAC address";
        return error switch
        {
            ParseError.Empty =>
                "The text is empty; a MAC address is written as 6 groups of two hexadecimal digits separated by ':' or '-', such as 'aa:bb:cc:dd:ee:ff'.",
            ParseError.NoSeparator =>
                $"{quoted}: it has no ':' or '-' separator; {Shape}, such as 'aa:bb:cc:dd:ee:ff'.",
            ParseError.MixedSeparators =>
                $"{quoted}: it mixes ':' and '-'; use one separator throughout.",
            ParseError.LeadingSeparator =>
                $"{quoted}: it starts with '{text[0]}'; {Shape}.",
            ParseError.TrailingSeparator =>
                $"{quoted}: it ends with '{text[^1]}'; {Shape}.",
            ParseError.WrongGroupCount =>
                string.Create(CultureInfo.InvariantCulture, $"{quoted}: it has {detail} groups; {Shape}."),
            ParseError.EmptyGroup =>
                string.Create(CultureInfo.InvariantCulture, $"{quoted}: group {detail} is empty (two separators in a row); {Shape}."),
            _ =>
                string.Create(CultureInfo.InvariantCulture, $"{quoted}: '{text.Slice(groupStart, groupLength).ToString()}' (group {detail}) is not two hexadecimal digits."),
        };
    }
}
