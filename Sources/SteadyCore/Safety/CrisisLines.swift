/// Crisis lines and emergency numbers by region, from `Dialogues/safety/crisis-lines.yaml`.
public struct CrisisLines: Sendable {
    public struct Line: Sendable, Hashable {
        public var name: String
        public var how: String
        public var kind: Kind

        public init(name: String, how: String, kind: Kind = .suicide) {
            self.name = name
            self.how = how
            self.kind = kind
        }
    }

    /// What a line is for.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Suicide and crisis lines, text services among them.
        case suicide
        /// Drug and alcohol helplines.
        case drugs
        /// Domestic abuse and violence.
        case abuse
        /// Children and young people.
        case children
        /// Poison information.
        case poison
        /// Eating disorders: bingeing, purging, restricting.
        case eating
    }

    public struct Region: Sendable {
        public var code: String
        public var name: String
        public var emergency: String
        public var locales: [String]
        public var lines: [Line]
        /// Kinds of line the region has no national service for, with where to look instead.
        public var none: [Kind: String] = [:]

        /// The region's lines of some kinds, in the order the kinds are given.
        public func lines(_ kinds: [Kind]) -> [Line] { kinds.flatMap { kind in lines.filter { $0.kind == kind } } }
    }

    public var regions: [String: Region]
    /// Shown when no region is known.
    public var defaultEmergency: String
    public var defaultFind: String

    public init(regions: [String: Region], defaultEmergency: String, defaultFind: String) {
        self.regions = regions
        self.defaultEmergency = defaultEmergency
        self.defaultFind = defaultFind
    }

    /// The region for a locale such as `en_GB.UTF-8`, or nil.
    public func region(forLocale locale: String) -> String? {
        let base = locale.split(separator: ".").first.map(String.init) ?? locale
        return regions.values.first { $0.locales.contains(base) }?.code
    }
}
