using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Networking;

/// <summary>The physical channels of Net §04.1.1, their standards' limits, and the site tree of Net §04.1.2.</summary>
public class PhysicalChannelCatalogTests
{
    [Theory]
    [InlineData("Net §04.1.1", PhysicalMedium.Cat5, MediumFamily.TwistedPair, true, 100, 10_000, "local area networks; data centres")]
    [InlineData("Net §04.1.1", PhysicalMedium.Cat5e, MediumFamily.TwistedPair, true, 100, 10_000, "local area networks; data centres")]
    [InlineData("Net §04.1.1", PhysicalMedium.Cat6, MediumFamily.TwistedPair, true, 100, 10_000, "local area networks; data centres")]
    [InlineData("Net §04.1.1", PhysicalMedium.Cat6a, MediumFamily.TwistedPair, true, 100, 10_000, "local area networks; data centres")]
    [InlineData("Net §04.1.1", PhysicalMedium.SingleModeFiber, MediumFamily.Fiber, true, 10_000, 400_000, "backbone networks; data-centre interconnect")]
    [InlineData("Net §04.1.1", PhysicalMedium.MultiModeFiber, MediumFamily.Fiber, true, 10_000, 400_000, "backbone networks; data-centre interconnect")]
    [InlineData("Net §04.1.1", PhysicalMedium.CoaxRg6, MediumFamily.Coax, true, 100, 1_000, "cable television; broadband access")]
    [InlineData("Net §04.1.1", PhysicalMedium.CoaxRg11, MediumFamily.Coax, true, 100, 1_000, "cable television; broadband access")]
    [InlineData("Net §04.1.1", PhysicalMedium.Wifi80211n, MediumFamily.Wifi, false, 150, 10_000, "wireless local area networks")]
    [InlineData("Net §04.1.1", PhysicalMedium.Wifi80211ac, MediumFamily.Wifi, false, 150, 10_000, "wireless local area networks")]
    [InlineData("Net §04.1.1", PhysicalMedium.Wifi80211ax, MediumFamily.Wifi, false, 150, 10_000, "wireless local area networks")]
    [InlineData("Net §04.1.1", PhysicalMedium.Lte, MediumFamily.Cellular, false, 100, 10_000, "mobile networks; edge computing")]
    [InlineData("Net §04.1.1", PhysicalMedium.FiveGNewRadio, MediumFamily.Cellular, false, 100, 10_000, "mobile networks; edge computing")]
    public void Each_medium_has_its_family_its_rate_range_and_its_uses(
        string section, PhysicalMedium medium, MediumFamily family, bool wired, double minimumMegabits, double maximumMegabits, string uses)
    {
        var channel = ChannelCatalog.Physical(medium);

        Assert.Equal(medium, channel.Medium);
        Assert.Equal(family, channel.Family);
        Assert.Equal(wired, channel.Wired);
        Assert.Equal(BitRate.FromMegabitsPerSecond(minimumMegabits), channel.FamilyRate.Value.Min);
        Assert.Equal(BitRate.FromMegabitsPerSecond(maximumMegabits), channel.FamilyRate.Value.Max);
        Assert.Equal(section, channel.FamilyRate.Citation.ToString());
        Assert.Equal(section, channel.Citation.ToString());
        Assert.Equal(uses, string.Join("; ", channel.Uses));
    }

    [Theory]
    [InlineData("IEEE 802.3ab", PhysicalMedium.Cat5, 1_000_000_000L, "StandardFacts.Cat5MaximumBitsPerSecond")]
    [InlineData("IEEE 802.3bz", PhysicalMedium.Cat5e, 5_000_000_000L, "StandardFacts.Cat5eMaximumBitsPerSecond")]
    [InlineData("IEEE 802.3an; TIA TSB-155", PhysicalMedium.Cat6, 10_000_000_000L, "StandardFacts.Cat6MaximumBitsPerSecond")]
    [InlineData("IEEE 802.3an; TIA-568", PhysicalMedium.Cat6a, 10_000_000_000L, "StandardFacts.Cat6aMaximumBitsPerSecond")]
    [InlineData("CableLabs DOCSIS 3.1", PhysicalMedium.CoaxRg6, 10_000_000_000L, "StandardFacts.CoaxMaximumBitsPerSecond")]
    [InlineData("CableLabs DOCSIS 3.1", PhysicalMedium.CoaxRg11, 10_000_000_000L, "StandardFacts.CoaxMaximumBitsPerSecond")]
    [InlineData("IEEE 802.11n", PhysicalMedium.Wifi80211n, 600_000_000L, "StandardFacts.Wifi80211nMaximumBitsPerSecond")]
    [InlineData("IEEE 802.11ac", PhysicalMedium.Wifi80211ac, 6_933_300_000L, "StandardFacts.Wifi80211acMaximumBitsPerSecond")]
    [InlineData("IEEE 802.11ax", PhysicalMedium.Wifi80211ax, 9_607_800_000L, "StandardFacts.Wifi80211axMaximumBitsPerSecond")]
    public void Each_standard_sets_its_maximum_rate(string standard, PhysicalMedium medium, long bitsPerSecond, string fact)
    {
        var maximum = ChannelCatalog.Physical(medium).StandardMaximumRate;

        Assert.NotNull(maximum);
        Assert.Equal(BitRate.FromBitsPerSecond(bitsPerSecond), maximum.Value);
        Assert.Equal(fact, maximum.Name);
        Assert.Equal(standard, maximum.Citation.Source);
    }

    [Theory]
    [InlineData(PhysicalMedium.SingleModeFiber)]
    [InlineData(PhysicalMedium.MultiModeFiber)]
    [InlineData(PhysicalMedium.Lte)]
    [InlineData(PhysicalMedium.FiveGNewRadio)]
    public void Fiber_and_cellular_have_no_single_maximum_rate(PhysicalMedium medium) =>
        Assert.Null(ChannelCatalog.Physical(medium).StandardMaximumRate);

    [Theory]
    [InlineData("IEEE 802.3; TIA-568", PhysicalMedium.Cat5, 100, null)]
    [InlineData("IEEE 802.3; TIA-568", PhysicalMedium.Cat5e, 100, null)]
    [InlineData("IEEE 802.3; TIA-568", PhysicalMedium.Cat6, 100, 55)]
    [InlineData("IEEE 802.3; TIA-568", PhysicalMedium.Cat6a, 100, null)]
    [InlineData(null, PhysicalMedium.SingleModeFiber, null, null)]
    [InlineData(null, PhysicalMedium.MultiModeFiber, null, null)]
    [InlineData(null, PhysicalMedium.CoaxRg6, null, null)]
    [InlineData(null, PhysicalMedium.CoaxRg11, null, null)]
    [InlineData(null, PhysicalMedium.Wifi80211n, null, null)]
    [InlineData(null, PhysicalMedium.Wifi80211ac, null, null)]
    [InlineData(null, PhysicalMedium.Wifi80211ax, null, null)]
    [InlineData(null, PhysicalMedium.Lte, null, null)]
    [InlineData(null, PhysicalMedium.FiveGNewRadio, null, null)]
    public void Twisted_pair_reaches_100_m_and_Cat6_only_55_m_at_10_Gbit_s(string? standard, PhysicalMedium medium, int? reachMeters, int? reachAtMaximumMeters)
    {
        var channel = ChannelCatalog.Physical(medium);

        Assert.Equal(reachMeters, (int?)channel.Reach?.Value.Meters);
        Assert.Equal(standard, channel.Reach?.Citation.Source);
        Assert.Equal(reachAtMaximumMeters, (int?)channel.ReachAtMaximumRate?.Value.Meters);
        if (reachAtMaximumMeters is not null)
        {
            Assert.Equal("TIA TSB-155", channel.ReachAtMaximumRate!.Citation.Source);
            Assert.Equal("StandardFacts.Cat6TenGigabitMaximumMeters", channel.ReachAtMaximumRate.Name);
        }
    }

    [Fact]
    public void The_list_holds_the_thirteen_media_in_enum_order_and_cannot_be_changed()
    {
        var all = ChannelCatalog.PhysicalChannels;

        Assert.Equal(Enum.GetValues<PhysicalMedium>(), all.Select(c => c.Medium));
        Assert.Equal(13, all.Count);
        Assert.IsNotType<PhysicalChannelProfile[]>(all);
        Assert.True(all is not IList<PhysicalChannelProfile> list || list.IsReadOnly);
        Assert.All(all, c => Assert.Same(c, ChannelCatalog.Physical(c.Medium)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    public void An_undefined_medium_is_refused_by_name_and_value(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ChannelCatalog.Physical((PhysicalMedium)value));

        Assert.Equal("medium", error.ParamName);
        Assert.Contains($"medium was {value}; allowed: Cat5, Cat5e,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Net_04_1_2_data_centre_branch()
    {
        var site = ChannelCatalog.DataCenter;

        Assert.Equal("data centre", site.Site);
        Assert.Equal("Net §04.1.2", site.Citation.ToString());
        var ethernet = Assert.Single(site.Interfaces);
        Assert.Equal("Ethernet", ethernet.Name);
        Assert.Equal([MediumFamily.TwistedPair, MediumFamily.Fiber], ethernet.Media);
        Assert.False(ethernet.Backup);
        Assert.NotNull(site.InterfaceRates);
        Assert.Equal(
            new[] { BitRate.FromGigabitsPerSecond(1), BitRate.FromGigabitsPerSecond(10), BitRate.FromGigabitsPerSecond(25), BitRate.FromGigabitsPerSecond(100) },
            site.InterfaceRates.Value.ToArray());
        Assert.Equal("NetworkFacts.PhysicalNicRates", site.InterfaceRates.Name);
        Assert.Equal([InterfaceType.Rj45, InterfaceType.SfpPlus, InterfaceType.Qsfp28], site.InterfaceTypes);
        Assert.Equal([PhysicalMedium.Cat6, PhysicalMedium.Cat6a, PhysicalMedium.SingleModeFiber, PhysicalMedium.MultiModeFiber], site.Cables);
        Assert.Equal([MediumFamily.Wifi, MediumFamily.Cellular], site.Wireless);
    }

    [Theory]
    [InlineData("Net §04.1.2", 0, "WiFi", new[] { MediumFamily.Wifi }, false)]
    [InlineData("Net §04.1.2", 1, "4G/5G", new[] { MediumFamily.Cellular }, false)]
    [InlineData("Net §04.1.2", 2, "Ethernet", new[] { MediumFamily.TwistedPair, MediumFamily.Fiber }, true)]
    public void Net_04_1_2_edge_computing_branch(string section, int index, string name, MediumFamily[] media, bool backup)
    {
        var site = ChannelCatalog.EdgeComputing;

        Assert.Equal(section, site.Citation.ToString());
        Assert.Equal("edge computing", site.Site);
        Assert.Equal(3, site.Interfaces.Count);
        Assert.Equal(name, site.Interfaces[index].Name);
        Assert.Equal(media, site.Interfaces[index].Media);
        Assert.Equal(backup, site.Interfaces[index].Backup);
        Assert.Null(site.InterfaceRates);
        Assert.Empty(site.InterfaceTypes);
        Assert.Empty(site.Cables);
        Assert.Empty(site.Wireless);
    }
}
