using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Networking;

/// <summary>The NIC interface types of Net §04.1.2 and §05.1.1, completed from their SFF specifications.</summary>
public class InterfaceCatalogTests
{
    [Theory]
    [InlineData("Net §04.1.2, §05.1.1", InterfaceType.Rj45, 40, 40, 1, 40, new[] { MediumFamily.TwistedPair })]
    [InlineData("SFF INF-8074 (standard)", InterfaceType.Sfp, 1, 2.5, 1, 1, new[] { MediumFamily.Fiber, MediumFamily.TwistedPair })]
    [InlineData("Net §04.1.2, §05.1.1", InterfaceType.SfpPlus, 10, 10, 1, 10, new[] { MediumFamily.Fiber, MediumFamily.TwistedPair })]
    [InlineData("SFF-8402 (standard)", InterfaceType.Sfp28, 25, 25, 1, 25, new[] { MediumFamily.Fiber })]
    [InlineData("SFF-8436 (standard)", InterfaceType.QsfpPlus, 40, 40, 4, 10, new[] { MediumFamily.Fiber })]
    [InlineData("Net §04.1.2", InterfaceType.Qsfp28, 100, 100, 4, 25, new[] { MediumFamily.Fiber })]
    public void Each_interface_has_its_rate_lanes_and_media(
        string citation, InterfaceType type, double gigabits, double maximumGigabits, int lanes, double laneGigabits, MediumFamily[] media)
    {
        var profile = ChannelCatalog.Interface(type);

        Assert.Equal(type, profile.Type);
        Assert.Equal(citation, profile.Citation.ToString());
        Assert.Equal(BitRate.FromGigabitsPerSecond(gigabits), profile.Rate.Value);
        Assert.Equal(BitRate.FromGigabitsPerSecond(maximumGigabits), profile.MaximumRate.Value);
        Assert.Equal(lanes, profile.Lanes);
        Assert.Equal(BitRate.FromGigabitsPerSecond(laneGigabits), profile.LaneRate);
        Assert.Equal(media, profile.Media);
    }

    [Theory]
    [InlineData(InterfaceType.Rj45, "StandardFacts.Rj45MaximumBitsPerSecond", "StandardFacts.Rj45MaximumBitsPerSecond", "IEEE 802.3bq")]
    [InlineData(InterfaceType.Sfp, "StandardFacts.SfpBitsPerSecond", "StandardFacts.SfpMaximumBitsPerSecond", "SFF INF-8074")]
    [InlineData(InterfaceType.SfpPlus, "StandardFacts.SfpPlusMaximumBitsPerSecond", "StandardFacts.SfpPlusMaximumBitsPerSecond", "SFF-8431")]
    [InlineData(InterfaceType.Sfp28, "StandardFacts.Sfp28MaximumBitsPerSecond", "StandardFacts.Sfp28MaximumBitsPerSecond", "SFF-8402")]
    [InlineData(InterfaceType.QsfpPlus, "StandardFacts.QsfpPlusMaximumBitsPerSecond", "StandardFacts.QsfpPlusMaximumBitsPerSecond", "SFF-8436")]
    [InlineData(InterfaceType.Qsfp28, "StandardFacts.Qsfp28MaximumBitsPerSecond", "StandardFacts.Qsfp28MaximumBitsPerSecond", "SFF-8665")]
    public void Each_rate_is_read_from_the_standard_facts(InterfaceType type, string rateFact, string maximumFact, string standard)
    {
        var profile = ChannelCatalog.Interface(type);

        Assert.Equal(rateFact, profile.Rate.Name);
        Assert.Equal(maximumFact, profile.MaximumRate.Name);
        Assert.Equal(standard, profile.Rate.Citation.Source);
    }

    [Fact]
    public void The_interfaces_the_document_names_are_in_the_data_centre_tree()
    {
        var named = ChannelCatalog.Interfaces.Where(i => i.Citation.Source == "Net").Select(i => i.Type);

        Assert.Equal(ChannelCatalog.DataCenter.InterfaceTypes, named);
    }

    [Fact]
    public void The_list_holds_the_six_types_in_enum_order_and_cannot_be_changed()
    {
        var all = ChannelCatalog.Interfaces;

        Assert.Equal(Enum.GetValues<InterfaceType>(), all.Select(i => i.Type));
        Assert.IsNotType<InterfaceProfile[]>(all);
        Assert.True(all is not IList<InterfaceProfile> list || list.IsReadOnly);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void An_undefined_interface_type_is_refused_by_name_and_value(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ChannelCatalog.Interface((InterfaceType)value));

        Assert.Equal("type", error.ParamName);
        Assert.Contains($"type was {value}; allowed: Rj45, Sfp, SfpPlus, Sfp28, QsfpPlus, Qsfp28.", error.Message, StringComparison.Ordinal);
    }
}
