import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension SharedOptions {
    /// Opens the database in the data folder, or prints why it can't and fails.
    func openStore() throws -> Store {
        do {
            return try Store(folder: DataFolder(path: resolvedDataDir))
        } catch {
            printError(error.description)
            throw ExitCode.failure
        }
    }
}

/// Turns a store error into the command's outcome: bad input is a usage error (64), anything else a failure (1).
func commandError(_ error: StoreError) -> any Error {
    switch error {
    case .contact(.emptyName), .contact(.nameTooLong), .contact(.unknownSupport), .contact(.unknownRelationship),
         .contact(.availability), .checkIn, .emptyReason, .emptyPlanItem, .noPlanItem:
        return ValidationError(error.description)
    default:
        printError(error.description)
        return ExitCode.failure
    }
}
