using System.Globalization;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Networking;

/// <summary>
/// MAC addresses (IEEE 802, 48 bits; bit 0 of the first octet = multicast, bit 1 = locally
/// administered). Expected values are written out by hand.
/// </summary>
public class MacAddressTests
{
    [Theory]
    [InlineData("aa:bb:cc:dd:ee:ff", 0xAABBCCDDEEFFUL)]
    [InlineData("AA:BB:CC:DD:EE:FF", 0xAABBCCDDEEFFUL)]
    [InlineData("aa-bb-cc-dd-ee-ff", 0xAABBCCDDEEFFUL)]
    [InlineData("00-1A-2B-3C-4D-5E", 0x001A2B3C4D5EUL)]
    [InlineData("00:1a:2B:3c:4D:5e", 0x001A2B3C4D5EUL)]
    [InlineData("  01:00:5e:00:00:01\t", 0x01005E000001UL)]
    [InlineData("\n02-00-00-00-00-01 ", 0x020000000001UL)]
    [InlineData("00:00:00:00:00:00", 0UL)]
    [InlineData("ff:ff:ff:ff:ff:ff", 0xFFFFFFFFFFFFUL)]
    [InlineData("52:54:00:12:34:56", 0x525400123456UL)]
    [InlineData("09:87:65:43:21:0f", 0x09876543210FUL)]
    public void Accepts(string text, ulong expected)
    {
        Assert.Equal(expected, MacAddress.Parse(text).Value);
        Assert.Equal(expected, MacAddress.Parse(text, CultureInfo.GetCultureInfo("tr-TR")).Value);
        Assert.Equal(expected, MacAddress.Parse(text.AsSpan(), null).Value);
        Assert.True(MacAddress.TryParse(text, out var parsed));
        Assert.Equal(expected, parsed.Value);
        Assert.True(MacAddress.TryParse(text.AsSpan(), null, out parsed));
        Assert.Equal(expected, parsed.Value);
    }

    [Theory]
    [InlineData("01:00:5e:00:00:01", true, false, false)] // IPv4 multicast (RFC 1112), universally administered
    [InlineData("33:33:00:00:00:01", true, true, false)] // IPv6 multicast (RFC 2464): 0x33 sets bits 0 and 1
    [InlineData("02:00:00:00:00:01", false, true, false)] // locally administered unicast
    [InlineData("52:54:00:12:34:56", false, true, false)] // QEMU's default NIC: 0x52 = 0101 0010
    [InlineData("fe:ff:ff:ff:ff:ff", false, true, false)] // 0xfe = 1111 1110: unicast, not broadcast
    [InlineData("00:1a:2b:3c:4d:5e", false, false, false)] // universally administered unicast
    [InlineData("00:00:00:00:00:00", false, false, false)]
    [InlineData("ff:ff:ff:ff:ff:ff", true, true, true)] // broadcast is multicast
    [InlineData("ff:ff:ff:ff:ff:fe", true, true, false)]
    public void Bits_of_the_first_octet(string text, bool multicast, bool locallyAdministered, bool broadcast)
    {
        var address = MacAddress.Parse(text);

        Assert.Equal(multicast, address.IsMulticast);
        Assert.Equal(!multicast, address.IsUnicast);
        Assert.Equal(locallyAdministered, address.IsLocallyAdministered);
        Assert.Equal(!locallyAdministered, address.IsUniversallyAdministered);
        Assert.Equal(broadcast, address.IsBroadcast);
    }

    [Fact]
    public void Default_is_all_zeros_and_Broadcast_is_all_ones()
    {
        Assert.Equal(0UL, default(MacAddress).Value);
        Assert.Equal("00:00:00:00:00:00", default(MacAddress).ToString());
        Assert.Equal(0xFFFFFFFFFFFFUL, MacAddress.Broadcast.Value);
        Assert.Equal("ff:ff:ff:ff:ff:ff", MacAddress.Broadcast.ToString());
        Assert.True(MacAddress.Broadcast.IsBroadcast);
        Assert.False(default(MacAddress).IsBroadcast);
    }

    [Fact]
    public void Bytes_are_in_transmission_order()
    {
        var address = MacAddress.FromUInt64(0x001A2B3C4D5E);

        Assert.Equal(new byte[] { 0x00, 0x1A, 0x2B, 0x3C, 0x4D, 0x5E }, address.GetBytes());
        Assert.Equal(0xAABBCCDDEEFFUL, MacAddress.FromBytes(new byte[] { 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF }).Value);
        Assert.Equal(0x01005E000001UL, MacAddress.FromBytes(new byte[] { 0x01, 0x00, 0x5E, 0x00, 0x00, 0x01 }).Value);
    }

    [Fact]
    public void GetBytes_returns_a_new_array_each_time()
    {
        var address = MacAddress.FromUInt64(0xAABBCCDDEEFF);
        var first = address.GetBytes();
        first[0] = 0;

        Assert.Equal(new byte[] { 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF }, address.GetBytes());
    }

    [Fact]
    public void TryWriteBytes_writes_six_bytes_or_nothing()
    {
        var address = MacAddress.FromUInt64(0xAABBCCDDEEFF);
        var buffer = new byte[] { 1, 2, 3, 4, 5, 6, 7 };

        Assert.True(address.TryWriteBytes(buffer));
        Assert.Equal(new byte[] { 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 7 }, buffer);

        var shortBuffer = new byte[] { 1, 2, 3, 4, 5 };
        Assert.False(address.TryWriteBytes(shortBuffer));
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, shortBuffer);
    }

    [Fact]
    public void FromUInt64_accepts_the_whole_48_bit_range()
    {
        Assert.Equal(0UL, MacAddress.FromUInt64(0).Value);
        Assert.Equal(0xFFFFFFFFFFFFUL, MacAddress.FromUInt64(0xFFFFFFFFFFFF).Value);
        Assert.Equal(MacAddress.Broadcast, MacAddress.FromUInt64(0xFFFFFFFFFFFF));
    }

    public static TheoryData<string, Func<object>, Type, string> BadInput => new()
    {
        { "non-hex group", () => MacAddress.Parse("zz:bb:cc:dd:ee:ff"), typeof(FormatException), "'zz:bb:cc:dd:ee:ff' is not a MAC address: 'zz' (group 1) is not two hexadecimal digits." },
        { "non-hex last group", () => MacAddress.Parse("aa:bb:cc:dd:ee:fg"), typeof(FormatException), "'aa:bb:cc:dd:ee:fg' is not a MAC address: 'fg' (group 6) is not two hexadecimal digits." },
        { "5 octets", () => MacAddress.Parse("aa:bb:cc:dd:ee"), typeof(FormatException), "'aa:bb:cc:dd:ee' is not a MAC address: it has 5 groups; a MAC address has 6 groups of two hexadecimal digits separated by ':' or '-'." },
        { "7 octets", () => MacAddress.Parse("aa-bb-cc-dd-ee-ff-00"), typeof(FormatException), "'aa-bb-cc-dd-ee-ff-00' is not a MAC address: it has 7 groups; a MAC address has 6 groups" },
        { "mixed separators", () => MacAddress.Parse("aa:bb-cc:dd:ee:ff"), typeof(FormatException), "'aa:bb-cc:dd:ee:ff' is not a MAC address: it mixes ':' and '-'; use one separator throughout." },
        { "no separators", () => MacAddress.Parse("aabbccddeeff"), typeof(FormatException), "'aabbccddeeff' is not a MAC address: it has no ':' or '-' separator; a MAC address has 6 groups of two hexadecimal digits separated by ':' or '-', such as 'aa:bb:cc:dd:ee:ff'." },
        { "dots", () => MacAddress.Parse("aa.bb.cc.dd.ee.ff"), typeof(FormatException), "'aa.bb.cc.dd.ee.ff' is not a MAC address: it has no ':' or '-' separator" },
        { "Cisco dotted form", () => MacAddress.Parse("aabb.ccdd.eeff"), typeof(FormatException), "it has no ':' or '-' separator" },
        { "spaces", () => MacAddress.Parse("aa bb cc dd ee ff"), typeof(FormatException), "it has no ':' or '-' separator" },
        { "single-digit group", () => MacAddress.Parse("a:bb:cc:dd:ee:ff"), typeof(FormatException), "'a:bb:cc:dd:ee:ff' is not a MAC address: 'a' (group 1) is not two hexadecimal digits." },
        { "three-digit group", () => MacAddress.Parse("aa:bbb:cc:dd:ee:ff"), typeof(FormatException), "'bbb' (group 2) is not two hexadecimal digits." },
        { "space inside a group", () => MacAddress.Parse("aa:bb:cc:dd:ee: f"), typeof(FormatException), "' f' (group 6) is not two hexadecimal digits." },
        { "sign", () => MacAddress.Parse("+a:bb:cc:dd:ee:ff"), typeof(FormatException), "'+a' (group 1) is not two hexadecimal digits." },
        { "non-ASCII digits", () => MacAddress.Parse("\u0661\u0662:bb:cc:dd:ee:ff"), typeof(FormatException), "'\u0661\u0662' (group 1) is not two hexadecimal digits." },
        { "empty group", () => MacAddress.Parse("aa::cc:dd:ee:ff"), typeof(FormatException), "'aa::cc:dd:ee:ff' is not a MAC address: group 2 is empty (two separators in a row)" },
        { "empty", () => MacAddress.Parse(""), typeof(FormatException), "The text is empty; a MAC address is written as 6 groups of two hexadecimal digits separated by ':' or '-', such as 'aa:bb:cc:dd:ee:ff'." },
        { "white space", () => MacAddress.Parse(" \t "), typeof(FormatException), "The text is empty" },
        { "trailing separator", () => MacAddress.Parse("aa:bb:cc:dd:ee:ff:"), typeof(FormatException), "'aa:bb:cc:dd:ee:ff:' is not a MAC address: it ends with ':'; a MAC address has 6 groups" },
        { "leading separator", () => MacAddress.Parse("-aa-bb-cc-dd-ee-ff"), typeof(FormatException), "'-aa-bb-cc-dd-ee-ff' is not a MAC address: it starts with '-'" },
        { "null", () => MacAddress.Parse(null!), typeof(ArgumentNullException), "(Parameter 's')" },
        { "null with provider", () => MacAddress.Parse(null!, CultureInfo.InvariantCulture), typeof(ArgumentNullException), "(Parameter 's')" },
        { "2^48", () => MacAddress.FromUInt64(1UL << 48), typeof(ArgumentOutOfRangeException), "value was 0x1000000000000; allowed: 0 to 0xFFFFFFFFFFFF." },
        { "ulong.MaxValue", () => MacAddress.FromUInt64(ulong.MaxValue), typeof(ArgumentOutOfRangeException), "value was 0xFFFFFFFFFFFFFFFF; allowed: 0 to 0xFFFFFFFFFFFF." },
        { "5 bytes", () => MacAddress.FromBytes(new byte[] { 0xAA, 0xBB, 0xCC, 0xDD, 0xEE }), typeof(ArgumentException), "bytes was 5 bytes long; allowed: exactly 6 bytes. (Parameter 'bytes')" },
        { "7 bytes", () => MacAddress.FromBytes(new byte[7]), typeof(ArgumentException), "bytes was 7 bytes long; allowed: exactly 6 bytes." },
        { "no bytes", () => MacAddress.FromBytes(ReadOnlySpan<byte>.Empty), typeof(ArgumentException), "bytes was 0 bytes long; allowed: exactly 6 bytes." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_refused_saying_which_part(string description, Func<object> create, Type exceptionType, string expected)
    {
        var error = Assert.Throws(exceptionType, create);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    [Fact]
    public void Argument_errors_name_the_parameter()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => MacAddress.Parse(null!)).ParamName);
        var outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => MacAddress.FromUInt64(1UL << 48));
        Assert.Equal("value", outOfRange.ParamName);
        Assert.Equal(1UL << 48, outOfRange.ActualValue);
        Assert.Equal("bytes", Assert.Throws<ArgumentException>(() => MacAddress.FromBytes(new byte[5])).ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zz:bb:cc:dd:ee:ff")]
    [InlineData("aa:bb:cc:dd:ee")]
    [InlineData("aa:bb-cc:dd:ee:ff")]
    [InlineData("aabbccddeeff")]
    [InlineData("aa:bb:cc:dd:ee:ff:")]
    public void TryParse_returns_false_and_default(string? text)
    {
        Assert.False(MacAddress.TryParse(text, out var result));
        Assert.Equal(default, result);
        Assert.False(MacAddress.TryParse(text, CultureInfo.InvariantCulture, out result));
        Assert.Equal(default, result);
        Assert.False(MacAddress.TryParse(text.AsSpan(), null, out result));
        Assert.Equal(default, result);
    }

    [Theory]
    [InlineData(null, "00:1a:2b:3c:4d:5e")]
    [InlineData("", "00:1a:2b:3c:4d:5e")]
    [InlineData("G", "00:1a:2b:3c:4d:5e")]
    [InlineData(":", "00:1a:2b:3c:4d:5e")]
    [InlineData("-", "00-1a-2b-3c-4d-5e")]
    [InlineData("U", "00:1A:2B:3C:4D:5E")]
    public void Formats(string? format, string expected)
    {
        var address = MacAddress.FromUInt64(0x001A2B3C4D5E);

        Assert.Equal(expected, address.ToString(format));
        Assert.Equal(expected, address.ToString(format, CultureInfo.GetCultureInfo("ar-SA")));
        Assert.Equal(expected, string.Format(CultureInfo.InvariantCulture, "{0:" + format + "}", address));
        Span<char> buffer = stackalloc char[20];
        Assert.True(address.TryFormat(buffer, out var written, format, null));
        Assert.Equal(expected, buffer[..written].ToString());
    }

    [Fact]
    public void ToString_is_lower_case_with_colons()
    {
        Assert.Equal("aa:bb:cc:dd:ee:ff", MacAddress.FromUInt64(0xAABBCCDDEEFF).ToString());
        Assert.Equal("01:00:5e:00:00:01", MacAddress.FromUInt64(0x01005E000001).ToString());
        Assert.Equal("aa:bb:cc:dd:ee:ff", $"{MacAddress.FromUInt64(0xAABBCCDDEEFF)}");
    }

    [Theory]
    [InlineData("g")]
    [InlineData("u")]
    [InlineData("X")]
    [InlineData("N")]
    [InlineData("::")]
    [InlineData(" ")]
    public void An_unknown_format_is_refused_naming_the_allowed_ones(string format)
    {
        var address = MacAddress.FromUInt64(0x001A2B3C4D5E);

        var error = Assert.Throws<FormatException>(() => address.ToString(format));
        Assert.Equal($"'{format}' is not a MacAddress format; allowed: null, \"\", \"G\" or \":\" (aa:bb:cc:dd:ee:ff), \"-\" (aa-bb-cc-dd-ee-ff), \"U\" (AA:BB:CC:DD:EE:FF).", error.Message);
        Assert.Throws<FormatException>(() => address.TryFormat(new char[17], out _, format, null));
    }

    [Fact]
    public void TryFormat_reports_a_short_buffer()
    {
        var address = MacAddress.FromUInt64(0xAABBCCDDEEFF);
        var buffer = new char[16];

        Assert.False(address.TryFormat(buffer, out var written, default, null));
        Assert.Equal(0, written);
        Assert.True(address.TryFormat(new char[17], out written, "-", null));
        Assert.Equal(17, written);
    }

    [Fact]
    public void Equality_and_ordering_follow_the_octets()
    {
        var low = MacAddress.Parse("00:ff:ff:ff:ff:ff");
        var high = MacAddress.Parse("01:00:00:00:00:00");

        Assert.True(low < high);
        Assert.True(low <= high);
        Assert.True(high > low);
        Assert.True(high >= low);
        Assert.True(low != high);
        Assert.False(low == high);
        Assert.Equal(MacAddress.Parse("AA-BB-CC-DD-EE-FF"), MacAddress.Parse("aa:bb:cc:dd:ee:ff"));
        Assert.True(MacAddress.Parse("AA-BB-CC-DD-EE-FF") == MacAddress.Parse("aa:bb:cc:dd:ee:ff"));
        Assert.Equal(MacAddress.Parse("aa:bb:cc:dd:ee:ff").GetHashCode(), MacAddress.FromUInt64(0xAABBCCDDEEFF).GetHashCode());
        Assert.True(low.Equals((object)MacAddress.FromUInt64(0x00FFFFFFFFFF)));
        Assert.False(low.Equals((object)0x00FFFFFFFFFFUL));
        Assert.True(low.CompareTo(high) < 0);
        Assert.True(high.CompareTo((object)low) > 0);
        Assert.Equal(0, low.CompareTo((object)MacAddress.FromUInt64(0x00FFFFFFFFFF)));
        Assert.Equal(1, low.CompareTo(null));
    }

    [Fact]
    public void Comparing_with_another_type_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => MacAddress.Broadcast.CompareTo((object)"ff:ff:ff:ff:ff:ff"));

        Assert.Equal("obj", error.ParamName);
        Assert.Contains("Cannot compare a MacAddress with a value of type String: CompareTo accepts only a MacAddress or null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_parsing_through_the_interface()
    {
        Assert.Equal(0xAABBCCDDEEFFUL, ParseVia<MacAddress>("aa-bb-cc-dd-ee-ff").Value);
    }

    private static T ParseVia<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), CultureInfo.InvariantCulture);
}
