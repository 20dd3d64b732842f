// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include <utility>

namespace minwon {

/// Wraps a callback so that it does nothing once `object` is gone: answers
/// from the database can arrive after the widget that asked was closed.
template <typename Object, typename Function> auto guard(Object* object, Function function)
{
    return [pointer = QPointer<Object>(object), function = std::move(function)](auto&&... args) {
        if (pointer)
            function(std::forward<decltype(args)>(args)...);
    };
}

} // namespace minwon
