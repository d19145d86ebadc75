using PanteinExtra.Core.Members;

namespace PanteinExtra.DemoData.Members;

/// <summary>Real places in Limburg, Gelderland and Noord-Brabant with the postcode range (first four digits) they use.</summary>
internal static class DutchPlaces
{
    public static readonly (string City, int From, int To, int Weight)[] All =
    [
        ("Venlo", 5911, 5928, 9),
        ("Venray", 5801, 5809, 5),
        ("Horst", 5961, 5963, 3),
        ("Roermond", 6041, 6046, 5),
        ("Weert", 6001, 6006, 4),
        ("Gennep", 6591, 6591, 2),
        ("Bergen (L)", 5854, 5854, 1),
        ("Panningen", 5981, 5981, 2),
        ("Tegelen", 5931, 5932, 2),
        ("Sittard", 6131, 6137, 3),
        ("Maastricht", 6211, 6229, 5),
        ("Nijmegen", 6511, 6546, 9),
        ("Arnhem", 6811, 6846, 6),
        ("Wijchen", 6601, 6605, 3),
        ("Ede", 6711, 6718, 3),
        ("Doetinchem", 7001, 7009, 2),
        ("Tiel", 4001, 4007, 2),
        ("Cuijk", 5431, 5437, 4),
        ("Boxmeer", 5831, 5835, 4),
        ("Sint Anthonis", 5845, 5845, 1),
        ("Grave", 5361, 5361, 1),
        ("Mill", 5451, 5451, 1),
        ("Oss", 5341, 5346, 4),
        ("Uden", 5401, 5406, 3),
        ("'s-Hertogenbosch", 5211, 5237, 5),
        ("Eindhoven", 5611, 5658, 7),
        ("Helmond", 5701, 5709, 4),
        ("Tilburg", 5011, 5049, 6),
        ("Breda", 4811, 4839, 4),
        ("Veghel", 5461, 5466, 2),
        ("Deurne", 5751, 5754, 2),
        ("Gemert", 5421, 5422, 1),
    ];

    public static readonly string[] Insurers = ["CZ", "VGZ", "Zilveren Kruis", "Menzis", "ONVZ", "DSW", "a.s.r."];
}
