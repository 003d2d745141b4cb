/// A letter, digit, `_` or `-`: what the name of a concept or a dialogue is made of.
enum NameCharacter {
    static func contains(_ c: Character) -> Bool {
        if let a = c.asciiValue {
            return (a >= 0x61 && a <= 0x7A) || (a >= 0x41 && a <= 0x5A) || (a >= 0x30 && a <= 0x39) || a == 0x5F || a == 0x2D
        }
        return c.isLetter || c.isNumber
    }
}
