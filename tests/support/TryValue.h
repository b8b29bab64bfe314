// TRY_VALUE: unwrap a Result<T> inside a QTest function, failing the test with its message.
// Shared by every test that walks through fallible steps.
#pragma once

#include <QTest>

#include <utility>

/// Declares `name` from a Result-returning expression, failing the current test on error.
#define TRY_VALUE(name, expression)                                                                \
    auto name##Result = (expression);                                                              \
    QVERIFY2(name##Result.ok(), qPrintable(name##Result.error()));                                 \
    auto name = std::move(name##Result).value()
