extension Array where Element: Comparable {
    /// The elements in ascending order, each once.
    func sortedUnique() -> [Element] {
        var sorted = self.sorted()
        var kept = 0
        for element in sorted where kept == 0 || sorted[kept - 1] != element {
            sorted[kept] = element
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
