using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Networking;

[Properties(Arbitrary = new[] { typeof(MacAddressProperties.Arbitraries) }, MaxTest = 500)]
public class MacAddressProperties
{
    [Property]
    public bool Parses_what_it_formats(MacAddress x) =>
        MacAddress.Parse(x.ToString()) == x
        && MacAddress.Parse(x.ToString("-", null)) == x
        && MacAddress.Parse(x.ToString("U", null)) == x
        && MacAddress.Parse(" " + x.ToString("-", null).ToUpperInvariant() + "\t") == x;

    [Property]
    public bool TryFormat_writes_what_ToString_returns(MacAddress x)
    {
        Span<char> buffer = stackalloc char[17];
        return x.TryFormat(buffer, out var written, "-", null)
            && written == 17
            && buffer.ToString() == x.ToString("-", null);
    }

    [Property]
    public bool Bytes_round_trip(MacAddress x)
    {
        var bytes = x.GetBytes();
        Span<byte> written = stackalloc byte[6];
        return bytes.Length == 6
            && MacAddress.FromBytes(bytes) == x
            && x.TryWriteBytes(written)
            && written.SequenceEqual(bytes);
    }

    [Property]
    public bool Value_round_trips_and_fits_in_48_bits(MacAddress x) =>
        x.Value <= 0xFFFF_FFFF_FFFF && MacAddress.FromUInt64(x.Value) == x;

    [Property]
    public bool Ordering_agrees_with_Value_and_with_the_text(MacAddress a, MacAddress b)
    {
        var expected = Math.Sign(a.Value.CompareTo(b.Value));
        return Math.Sign(a.CompareTo(b)) == expected
            && Math.Sign(a.CompareTo((object)b)) == expected
            && Math.Sign(string.CompareOrdinal(a.ToString(), b.ToString())) == expected
            && (a < b) == (expected < 0)
            && (a > b) == (expected > 0)
            && (a <= b) == (expected <= 0)
            && (a >= b) == (expected >= 0)
            && (a == b) == (expected == 0)
            && (a != b) == (expected != 0)
            && a.Equals(b) == (expected == 0)
            && (a != b || a.GetHashCode() == b.GetHashCode());
    }

    [Property]
    public bool Bits_are_those_of_the_first_octet(MacAddress x)
    {
        var first = x.GetBytes()[0];
        return x.IsMulticast == ((first & 0b01) != 0)
            && x.IsUnicast == !x.IsMulticast
            && x.IsLocallyAdministered == ((first & 0b10) != 0)
            && x.IsUniversallyAdministered == !x.IsLocallyAdministered
            && x.IsBroadcast == (x.Value == 0xFFFF_FFFF_FFFF);
    }

    /// <summary>Any 48-bit value from two random ints, plus the edges (all zeros, all ones, the two flag bits alone).</summary>
    public static class Arbitraries
    {
        private static Gen<ulong> Bits48 { get; } = Gen.OneOf(
            from high in Gen.Choose(int.MinValue, int.MaxValue)
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            select (((ulong)(uint)high << 32) | (uint)low) & 0xFFFF_FFFF_FFFF,
            Gen.Elements(0UL, 0xFFFF_FFFF_FFFFUL, 0x0100_0000_0000UL, 0x0200_0000_0000UL, 0xFFFF_FFFF_FFFEUL));

        public static Arbitrary<MacAddress> MacAddress() => Arb.From(Bits48.Select(Model.Networking.MacAddress.FromUInt64));
    }
}
